package dev.seatledger.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.usage.UsageColumns;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageImporter;
import dev.seatledger.core.usage.UsageProblem;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TableCounts;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage import dialog's rules without a toolkit: recognition, forcing, the mapping, problems, all or nothing. */
class UsageImportViewModelTest {
    @TempDir Path dir;
    private TestDatabase db;
    private AppServices s;
    private UsageImportViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        long figma = s.products().create(ProductDraft.of("Figma", "Figma", "Design"));
        long license = s.licenses().create(LicenseDraft.defaults(figma).withSeats(10, SeatType.USER)).id();
        for (String who : new String[] {"ana", "ben"}) {
            s.assignments().assign(license, s.people().create(PersonDraft.of(who, who + "@example.com", null)),
                AssignmentDraft.EMPTY);
        }
        vm = new UsageImportViewModel(new UsageImporter(s.tx(), s.clock(), s.recognition()),
            new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file(String text) throws Exception {
        Path f = dir.resolve("usage-" + System.nanoTime() + ".csv");
        Files.writeString(f, text);
        return f;
    }

    private long evidence() {
        return TableCounts.of(s.tx()).get("usage_evidence");
    }

    @Test
    void aSampleIsRecognisedSummedUpAndImported() {
        vm.load(Path.of("src/test/resources/usage/entra-signins.csv"));

        assertThat(vm.formatProperty().get()).isEqualTo(UsageFormat.ENTRA_SIGN_INS);
        assertThat(vm.summaryProperty().get()).startsWith("Entra ID sign-in log:").contains("Ignored:", "People:");
        assertThat(vm.mapping()).as("no mapping for a console's own export").isEmpty();
    }

    @Test
    void aPlainCsvWithOtherHeadersIsForcedMappedAndImportedAllAtOnce() throws Exception {
        Path f = file("Mail,Tool,Seen,Notes\nana@example.com,Figma,2026-03-01,\"quoted, comma\"\n"
            + "BEN@example.com,Figma,2025-10-01,\n");
        vm.load(f);
        assertThat(vm.formatProperty().get()).as("the headers are no export SeatLedger knows").isNull();
        assertThat(vm.summaryProperty().get()).contains("not an export SeatLedger knows");
        assertThat(vm.canImportProperty().get()).isFalse();

        vm.forcedFormatProperty().set(UsageFormat.USAGE_CSV);
        assertThat(vm.headers()).containsExactly("Mail", "Tool", "Seen", "Notes");
        assertThat(vm.previewRows()).hasSize(2);
        assertThat(vm.canImportProperty().get()).as("nothing maps the account or the date yet").isFalse();

        vm.map(UsageColumns.ACCOUNT, "Mail");
        vm.map(UsageColumns.APPLICATION, "Tool");
        vm.map(UsageColumns.LAST_ACTIVE, "Seen");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.summaryProperty().get()).contains("2 matched", "2 new");
        assertThat(vm.canImportProperty().get()).isTrue();

        boolean[] done = {false};
        vm.runImport(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(vm.resultProperty().get()).isEqualTo("Usage imported from Usage CSV: 2 new, 0 moved forward, "
            + "0 unchanged; 2 seats now show a later use");
        assertThat(evidence()).isEqualTo(2);

        vm.read();
        assertThat(vm.canImportProperty().get()).as("the same file again changes nothing").isFalse();
        assertThat(vm.summaryProperty().get()).contains("Nothing to import");
    }

    @Test
    void problemsAreListedByLineAndNothingIsImportedUnlessOnlyTheValidLinesAreAskedFor() throws Exception {
        vm.load(file("Email,Application,Last active\nana@example.com,Figma,2026-03-01\n"
            + "ben@example.com,Figma,yesterday-ish\n"));

        assertThat(vm.problems()).extracting(UsageProblem::line).containsExactly(3);
        assertThat(vm.problems().get(0).message()).contains("yesterday-ish");
        assertThat(vm.canImportProperty().get()).isFalse();

        vm.skipInvalidProperty().set(true);
        assertThat(vm.canImportProperty().get()).isTrue();
        vm.runImport(() -> { });
        assertThat(evidence()).isEqualTo(1);
    }

    @Test
    void cancelRollsTheWholeImportBack() throws Exception {
        vm.load(file("Email,Application,Last active\nana@example.com,Figma,2026-03-01\nben@example.com,Figma,2026-02-01\n"));
        Map<String, Long> before = TableCounts.of(s.tx());
        vm.progressProperty().addListener((o, a, b) -> vm.cancelImport());
        boolean[] done = {false};

        vm.runImport(() -> done[0] = true);

        assertThat(done[0]).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Import cancelled; nothing was saved.");
        assertThat(TableCounts.of(s.tx())).isEqualTo(before);
        assertThat(vm.importingProperty().get()).isFalse();
    }

    @Test
    void aListOfAddressesPointsToTheAuditsComparison() throws Exception {
        vm.load(Path.of("src/test/resources/usage/vendor-emails.txt"));

        assertThat(vm.summaryProperty().get()).contains("Compare with vendor export");
        assertThat(vm.canImportProperty().get()).isFalse();
    }

    @Test
    void anUnknownProductIsSaidInWords() {
        vm.productProperty().set("Slack Enterprise Grid");
        vm.load(Path.of("src/test/resources/usage/slack-member-analytics.csv"));

        assertThat(vm.summaryProperty().get()).isEqualTo("No product named \"Slack Enterprise Grid\" in the catalog.");
        assertThat(vm.canImportProperty().get()).isFalse();
    }
}
