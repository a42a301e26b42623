package dev.seatledger.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelemetryImportTest {
    private TestDatabase db;
    private AppServices s;
    private long slackLicense;
    private long slack;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        s.products().create(ProductDraft.of("Figma", "Figma", null));
        slackLicense = s.licenses().create(LicenseDraft.defaults(slack).withSeats(10, SeatType.USER)).id();
        s.aliases().map("com.tinyspeck.slackmacgap", slack);
        for (String who : new String[] {"ana", "ben", "chloe"}) {
            long p = s.people().create(PersonDraft.of(who, who + "@example.com", null));
            s.assignments().assign(slackLicense, p, AssignmentDraft.EMPTY);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Reader resource(String name) {
        return new InputStreamReader(getClass().getResourceAsStream("/telemetry/" + name), StandardCharsets.UTF_8);
    }

    private ParsedTelemetry osqueryLog() throws Exception {
        return JsonTelemetry.parse(resource("osquery-results.log"), null, null, db.clock().instant());
    }

    private HolderRow holder(String name) {
        return s.holders().page(slackLicense, HolderFilter.all().withSearch(name), 0, 5).get(0);
    }

    @Test
    void osquerySnapshotAndDifferentialResultsFeedTheSeats() throws Exception {
        ParsedTelemetry parsed = osqueryLog();
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.records()).hasSize(5);

        TelemetryImportResult r = s.telemetryImporter().importParsed(parsed, Progress.NONE);

        assertThat(r.devicesAdded()).isEqualTo(2);
        assertThat(r.appsAdded()).isEqualTo(5);
        assertThat(r.unknownApplications()).as("Blender is free software, hidden").containsExactly("Zoom.us.app");
        assertThat(holder("ana").lastUsed()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(holder("ben").lastUsed()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(holder("chloe").lastUsed()).isNull();
        assertThat(s.telemetry().devices(10)).extracting(TelemetryQuery.DeviceRow::primaryUser)
            .containsExactly("ana", "ben");
        assertThat(s.telemetry().unknownApps(10)).isEmpty();
        assertThat(s.telemetry().hiddenApps(10)).extracting(TelemetryQuery.UnknownApp::name).containsExactly("Blender.app");
        assertThat(s.telemetry().hiddenCount()).isEqualTo(1);
    }

    @Test
    void reImportingTheSameFileChangesNothingAndANewerFileUpdatesLastUsed() throws Exception {
        s.telemetryImporter().importParsed(osqueryLog(), Progress.NONE);

        TelemetryImportResult again = s.telemetryImporter().importParsed(osqueryLog(), Progress.NONE);
        assertThat(again.changedNothing()).isTrue();

        String newer = "{\"name\":\"apps\",\"hostIdentifier\":\"mbp-ben-02\",\"unixTime\":1773550000,"
            + "\"decorations\":{\"user_email\":\"ben@example.com\"},\"action\":\"snapshot\",\"snapshot\":"
            + "[{\"name\":\"Slack.app\",\"bundle_identifier\":\"com.tinyspeck.slackmacgap\",\"last_opened_time\":\"1773540000\"}]}";
        TelemetryImportResult r = s.telemetryImporter().importParsed(
            JsonTelemetry.parse(new java.io.StringReader(newer), null, null, db.clock().instant()), Progress.NONE);
        assertThat(r.appsUpdated()).isEqualTo(1);
        assertThat(r.devicesAdded()).isZero();
        assertThat(holder("ben").lastUsed()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void plainOsqueryiOutputNeedsTheHostAndHasNoUsage() throws Exception {
        ParsedTelemetry noHost = JsonTelemetry.parse(resource("osqueryi-programs.json"), null, null, db.clock().instant());
        assertThat(noHost.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("host name"));

        ParsedTelemetry parsed = JsonTelemetry.parse(resource("osqueryi-programs.json"), "WIN-DAN-07", null,
            db.clock().instant());
        assertThat(parsed.records()).hasSize(2).noneMatch(TelemetryRecord::usageTracked);
        assertThat(s.telemetryImporter().importParsed(parsed, Progress.NONE).appsAdded()).isEqualTo(2);
    }

    @Test
    void seatLedgerCsvWithBomSemicolonsQuotesAndDailyFlagsRollsUp() throws Exception {
        ParsedTelemetry parsed = SeatLedgerCsvTelemetry.parse(resource("seatledger-telemetry.csv"), db.clock().instant());
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.records()).extracting(TelemetryRecord::appName).contains("Figma, Desktop");

        TelemetryImportResult r = s.telemetryImporter().importParsed(parsed, Progress.NONE);

        assertThat(r.appsAdded()).isEqualTo(2);
        assertThat(holder("chloe").lastUsed()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void badLinesAreReportedWithLineNumbersAndNothingIsWritten() throws Exception {
        ParsedTelemetry parsed = SeatLedgerCsvTelemetry.parse(resource("bad-telemetry.csv"), db.clock().instant());

        assertThat(parsed.errors()).extracting(ImportError::line, ImportError::column).containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "device"), org.assertj.core.groups.Tuple.tuple(4, "installed"),
            org.assertj.core.groups.Tuple.tuple(5, "last_used"));
        assertThatThrownBy(() -> s.telemetryImporter().importParsed(parsed, Progress.NONE))
            .isInstanceOf(ValidationException.class).hasMessageContaining("line 3");
        assertThat(s.telemetry().devices(10)).isEmpty();
    }

    @Test
    void brokenJsonLineIsReported() throws Exception {
        String text = "{\"name\":\"apps\",\"hostIdentifier\":\"h1\",\"action\":\"snapshot\",\"snapshot\":[]}\n{not json";
        ParsedTelemetry parsed = JsonTelemetry.parse(new java.io.StringReader(text), null, null, db.clock().instant());
        assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void mappingAnUnknownApplicationLinksItsSeats() throws Exception {
        s.telemetryImporter().importParsed(osqueryLog(), Progress.NONE);
        long blenderProduct = s.aliases().addToCatalog("org.blenderfoundation.blender", "Blender", "Blender Foundation", "Design");

        assertThat(s.telemetry().unknownApps(10)).isEmpty();
        assertThat(s.telemetry().shadowIt(10)).extracting(TelemetryQuery.ShadowApp::productId).contains(blenderProduct);
    }

    @Test
    void eachDeviceShowsHowManyApplicationsItHasInstalledAfterEveryReport() {
        java.time.Instant at = db.clock().instant();
        java.util.function.BiConsumer<String, Boolean> report = (app, installed) -> s.telemetryImporter().importParsed(
            new ParsedTelemetry(java.util.List.of(new TelemetryRecord(2, "WIN-EVA-01", null, app, null, "1", installed,
                null, false, at)), java.util.List.of()), Progress.NONE);
        report.accept("Slack", true);
        report.accept("Notepad++", true);
        report.accept("7-Zip", true);
        assertThat(s.telemetry().devices(10)).singleElement().extracting(TelemetryQuery.DeviceRow::apps).isEqualTo(3L);

        report.accept("Notepad++", false);

        assertThat(s.telemetry().devices(10)).singleElement().extracting(TelemetryQuery.DeviceRow::apps).isEqualTo(2L);
    }
}
