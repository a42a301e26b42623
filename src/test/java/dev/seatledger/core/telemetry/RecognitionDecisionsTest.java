package dev.seatledger.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.recognition.KnowledgeFiles;
import dev.seatledger.core.recognition.Source;
import dev.seatledger.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recognition on a real database: the knowledge base matches telemetry to the catalog as it is imported, the
 * user's decisions (map, accept, ignore, accept all with undo) are aliases recorded in history that re-match at once
 * and move the seats' usage, free software is hidden and counted, and the user's knowledge file extends the shipped
 * one.
 */
class RecognitionDecisionsTest {
    private static final LocalDate USED = LocalDate.of(2026, 3, 2);
    private static final Instant AT = Instant.parse("2026-03-03T08:00:00Z");

    private TestDatabase db;
    private AppServices s;
    private long intellij;
    private long intellijLicense;
    private long orbit;
    private long orbitLicense;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        intellij = s.products().create(ProductDraft.of("JetBrains IntelliJ IDEA Ultimate", "JetBrains", null));
        orbit = s.products().create(ProductDraft.of("Orbit CRM", "Orbit Software", null));
        intellijLicense = s.licenses().create(LicenseDraft.defaults(intellij).withSeats(5, SeatType.USER)).id();
        orbitLicense = s.licenses().create(LicenseDraft.defaults(orbit).withSeats(5, SeatType.USER)).id();
        long ana = s.people().create(PersonDraft.of("Ana", "ana@example.com", null));
        s.assignments().assign(intellijLicense, ana, AssignmentDraft.EMPTY);
        s.assignments().assign(orbitLicense, ana, AssignmentDraft.EMPTY);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void report(TelemetryRecord... records) {
        s.telemetryImporter().importParsed(new ParsedTelemetry(List.of(records), List.of()), Progress.NONE);
    }

    private static TelemetryRecord app(String name, String bundle) {
        return new TelemetryRecord(2, "mbp-ana", "ana@example.com", name, bundle, "1.0", true, USED, true, AT,
            Source.APPS, null);
    }

    private static TelemetryRecord program(String name, String publisher) {
        return new TelemetryRecord(2, "pc-ana", "ana@example.com", name, null, "1.0", true, USED, true, AT,
            Source.PROGRAMS, publisher);
    }

    private LocalDate lastUsed(long license) {
        return s.holders().page(license, HolderFilter.all(), 0, 5).get(0).lastUsed();
    }

    private List<String> unknown() {
        return s.telemetry().unknownApps(50).stream().map(TelemetryQuery.UnknownApp::name).toList();
    }

    private ApplicationRow row(String name) {
        return s.telemetry().applications().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theKnowledgeBaseMatchesAVersionedWindowsNameAndABundleIdToTheSnipeItStyleProduct() {
        report(program("JetBrains IntelliJ IDEA 2025.2", "JetBrains s.r.o."));
        assertThat(lastUsed(intellijLicense)).isEqualTo(USED);
        assertThat(row("JetBrains IntelliJ IDEA 2025.2").match()).isEqualTo("knowledge");

        report(app("IntelliJ IDEA.app", "com.jetbrains.intellij"));
        ApplicationRow mac = row("IntelliJ IDEA.app");
        assertThat(mac.product()).isEqualTo("JetBrains IntelliJ IDEA Ultimate");
        assertThat(mac.bundleId()).isEqualTo("com.jetbrains.intellij");
        assertThat(mac.reason()).isEqualTo("bundle id com.jetbrains.intellij \u2192 IntelliJ IDEA Ultimate");
        assertThat(unknown()).isEmpty();
    }

    @Test
    void theCommunityEditionIsNeitherTheUltimateSeatNorListedAsUnknown() {
        report(app("IntelliJ IDEA CE.app", "com.jetbrains.intellij.ce"));
        assertThat(lastUsed(intellijLicense)).isNull();
        assertThat(unknown()).isEmpty();
        assertThat(s.telemetry().hiddenCount()).isEqualTo(1);
        assertThat(row("IntelliJ IDEA CE.app").match()).isEqualTo("ignored");
    }

    @Test
    void freeSystemAndRuntimeItemsAreHiddenCountedAndStillReported() {
        report(program("Google Chrome", "Google LLC"),
            program("Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135", "Microsoft Corporation"),
            new TelemetryRecord(2, "lt-ana", "ana@example.com", "libc6", null, "2.39", true, null, false, AT, Source.DEB,
                null),
            program("Tally Ledger 3.1 (x64)", "Tally Inc."));
        assertThat(unknown()).containsExactly("Tally Ledger 3.1 (x64)");
        assertThat(s.telemetry().hiddenCount()).isEqualTo(3);
        assertThat(s.telemetry().hiddenApps(10)).extracting(TelemetryQuery.UnknownApp::name)
            .containsExactlyInAnyOrder("Google Chrome", "libc6",
                "Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.38.33135");
        ApplicationRow libc = row("libc6");
        assertThat(libc.match()).isEqualTo("ignored");
        assertThat(libc.packageName()).isEqualTo("libc6");
        assertThat(libc.product()).isNull();
    }

    @Test
    void aUsersAliasBeatsTheKnowledgeBase() {
        long ide = s.products().create(ProductDraft.of("Internal IDE Bundle", "Acme", null));
        report(app("IntelliJ IDEA.app", "com.jetbrains.intellij"));
        assertThat(row("IntelliJ IDEA.app").product()).isEqualTo("JetBrains IntelliJ IDEA Ultimate");

        s.aliases().map("com.jetbrains.intellij", ide);

        assertThat(row("IntelliJ IDEA.app").product()).isEqualTo("Internal IDE Bundle");
        assertThat(row("IntelliJ IDEA.app").match()).isEqualTo("alias");
        assertThat(lastUsed(intellijLicense)).as("the usage moved to the aliased product").isNull();
        assertThat(s.history().of(SubjectType.PRODUCT, ide, 10)).extracting(HistoryRow::action).contains(HistoryAction.MAP);
    }

    @Test
    void aMappingCoversTheOtherVersionsOfTheSameName() {
        report(program("Tally Ledger 3.1 (x64)", "Tally Inc."));
        s.aliases().map("tally ledger 3.1", orbit);
        report(program("Tally Ledger 3.2 (x64)", "Tally Inc."));
        assertThat(row("Tally Ledger 3.2 (x64)").product()).isEqualTo("Orbit CRM");
        assertThat(row("Tally Ledger 3.2 (x64)").match()).isEqualTo("alias");
    }

    @Test
    void acceptingASuggestionMapsTheApplicationAndMovesTheSeatsUsage() {
        report(program("Orbit CRM Desktop 2.1", "Orbit Software"));
        TelemetryQuery.UnknownApp app = s.telemetry().unknownApps(10).get(0);
        assertThat(app.suggestion()).isEqualTo("Orbit CRM");
        assertThat(app.confidence()).isBetween(0.5, 0.9);
        assertThat(app.reason()).isNotBlank();
        assertThat(lastUsed(orbitLicense)).isNull();

        assertThat(s.aliases().accept(app.appKey())).isEqualTo(orbit);

        assertThat(lastUsed(orbitLicense)).isEqualTo(USED);
        assertThat(unknown()).isEmpty();
        assertThat(s.history().of(SubjectType.PRODUCT, orbit, 10)).extracting(HistoryRow::summary)
            .anyMatch(t -> t.contains("Orbit CRM Desktop 2.1"));
        assertThatThrownBy(() -> s.aliases().accept("no such application")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void acceptAllAboveAConfidenceShowsWhatItWillTakeAndIsUndoneInOneStep() {
        report(program("Orbit CRM Desktop 2.1", "Orbit Software"), program("Orbit CRM Outlook Add-in", "Orbit Software"));
        List<SuggestedMatch> preview = s.aliases().previewAcceptAll(0.8);
        assertThat(preview).extracting(SuggestedMatch::name).containsExactly("Orbit CRM Desktop 2.1");
        assertThat(s.aliases().previewAcceptAll(0.99)).isEmpty();

        report(new TelemetryRecord(2, "pc-bo", "bo@example.com", "Orbit CRM Desktop Beta", null, "1.0", true, USED, true,
            AT, Source.PROGRAMS, "Orbit Software"));
        assertThat(s.aliases().previewAcceptAll(0.8)).as("a new suggestion after the preview").hasSize(2);
        AliasService.AcceptedBatch batch = s.aliases().acceptAll(preview);
        assertThat(batch.accepted()).as("exactly what was previewed").extracting(SuggestedMatch::name)
            .containsExactly("Orbit CRM Desktop 2.1");
        assertThat(lastUsed(orbitLicense)).isEqualTo(USED);
        assertThat(unknown()).as("the beta is known now by the name the batch taught").containsExactly(
            "Orbit CRM Outlook Add-in");
        assertThat(s.aliases().acceptAll(preview).size()).as("a previewed one decided meanwhile is left alone").isZero();

        assertThat(s.aliases().undo(batch)).isEqualTo(1);
        assertThat(unknown()).containsExactlyInAnyOrder("Orbit CRM Desktop 2.1", "Orbit CRM Outlook Add-in",
            "Orbit CRM Desktop Beta");
        assertThat(s.history().of(SubjectType.PRODUCT, orbit, 10)).extracting(HistoryRow::action)
            .containsExactly(HistoryAction.UNMAP, HistoryAction.MAP, HistoryAction.CREATE);
        assertThat(s.aliases().undo(batch)).as("undone once").isZero();
    }

    @Test
    void ignoringHidesTheApplicationAndForgettingBringsItBack() {
        report(program("Tally Ledger 3.1 (x64)", "Tally Inc."));
        String key = s.telemetry().unknownApps(10).get(0).appKey();

        s.aliases().ignore(key);
        assertThat(unknown()).isEmpty();
        assertThat(s.telemetry().hiddenCount()).isEqualTo(1);
        assertThat(row("Tally Ledger 3.1 (x64)").match()).isEqualTo("ignored");

        s.aliases().forget(key);
        assertThat(unknown()).containsExactly("Tally Ledger 3.1 (x64)");
    }

    @Test
    void addingToTheCatalogTakesPublisherCategoryAndWebsiteFromTheKnowledgeBase() {
        report(app("Sketch.app", "com.bohemiancoding.sketch3"));
        String key = s.telemetry().unknownApps(10).get(0).appKey();
        ProductDraft draft = s.aliases().draftFor(key);
        assertThat(draft.name()).isEqualTo("Sketch");
        assertThat(draft.publisher()).isEqualTo("Sketch B.V.");
        assertThat(draft.category()).isEqualTo("Design");
        assertThat(draft.website()).isEqualTo("https://www.sketch.com/");

        s.aliases().addToCatalog(key, draft);
        assertThat(unknown()).isEmpty();
        assertThat(row("Sketch.app").product()).isEqualTo("Sketch");
    }

    @Test
    void aKnowledgeFileInTheDataFolderExtendsAndOverridesTheShippedOne() throws IOException {
        long timesheets = s.products().create(ProductDraft.of("Timekeeper", "Acme Corp", null));
        report(app("TK.app", "com.acme.timekeeper"), app("Blender.app", "org.blenderfoundation.blender"));
        assertThat(unknown()).containsExactly("TK.app");

        Files.writeString(db.folder().resolve(KnowledgeFiles.USER_FILE), """
            {"software": [
              {"name": "Timekeeper", "publisher": "Acme Corp", "category": "Productivity", "paid": true,
               "bundleIds": ["com.acme.timekeeper"]},
              {"name": "Blender", "publisher": "Blender Foundation", "category": "3D", "paid": true}
            ]}""", StandardCharsets.UTF_8);
        s.aliases().rematch();

        assertThat(row("TK.app").product()).isEqualTo("Timekeeper");
        assertThat(row("TK.app").match()).isEqualTo("knowledge");
        assertThat(unknown()).as("Blender, paid in the user's file, is no longer hidden").containsExactly("Blender.app");
        assertThat(timesheets).isPositive();
    }

    @Test
    void aBrokenKnowledgeFileIsLeftOutAndItsMistakeNamedByFileEntryAndField() throws IOException {
        Files.writeString(db.folder().resolve(KnowledgeFiles.USER_FILE),
            "{\"software\": [{\"name\": \"Timekeeper\", \"category\": \"Productivity\", \"paid\": true}]}",
            StandardCharsets.UTF_8);
        report(app("IntelliJ IDEA.app", "com.jetbrains.intellij"));
        assertThat(row("IntelliJ IDEA.app").product()).as("the shipped knowledge still works")
            .isEqualTo("JetBrains IntelliJ IDEA Ultimate");
        assertThat(s.recognition().knowledgeProblem()).contains("software.json").contains("entry 1")
            .contains("Timekeeper").contains("publisher is missing");

        Files.writeString(db.folder().resolve(KnowledgeFiles.USER_FILE), "{\"software\": [", StandardCharsets.UTF_8);
        assertThat(s.recognition().knowledgeProblem()).contains("software.json").contains("not valid JSON at line 1");
        Files.delete(db.folder().resolve(KnowledgeFiles.USER_FILE));
        assertThat(s.recognition().knowledgeProblem()).isNull();
    }

    @Test
    void whereTheExactRuleDecidesTheStoredProductIsTheSqlRule() {
        long tally = s.products().create(ProductDraft.of("Tally Ledger", "Tally Inc.", null));
        report(app("IntelliJ IDEA.app", "com.jetbrains.intellij"), program("Tally Ledger", "Tally Inc."),
            app("Slack.app", "com.tinyspeck.slackmacgap"), program("Orbit CRM", "Orbit Software"));
        s.aliases().map("com.tinyspeck.slackmacgap", tally);
        s.aliases().ignore("orbit crm");
        long disagree = s.tx().read(x -> x.createNativeQuery("select count(*) from reported_app where "
            + InstalledProducts.EXACT + " and (product_id is distinct from " + InstalledProducts.RESOLVED
            + " or match_kind not in ('alias', 'name', 'ignored'))", Long.class).getSingleResult().longValue());
        long decided = s.tx().read(x -> x.createNativeQuery("select count(*) from reported_app where "
            + InstalledProducts.EXACT, Long.class).getSingleResult().longValue());
        assertThat(decided).isEqualTo(3);
        assertThat(disagree).isZero();
        assertThat(row("Orbit CRM").match()).isEqualTo("ignored");
    }
}
