package dev.seatledger.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Telemetry kept as one row per application per device under the reported-applications dictionary (V19): the seat
 * facts the import computes in memory are those {@link TelemetryLink}'s SQL computes, and the device counts behind
 * the "unknown applications" and "installed without a license" lists follow installs, removals and renames.
 */
class ReportedAppsImportTest {
    private static final Instant MARCH = Instant.parse("2026-03-03T08:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-02T08:00:00Z");

    private TestDatabase db;
    private AppServices s;
    private long slack;
    private long zoom;
    private long miro;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        zoom = s.products().create(ProductDraft.of("Zoom", "Zoom Video", null));
        miro = s.products().create(ProductDraft.of("Miro", "RealtimeBoard", null));
        long slackLicense = s.licenses().create(LicenseDraft.defaults(slack).withSeats(10, SeatType.USER)).id();
        long zoomLicense = s.licenses().create(LicenseDraft.defaults(zoom).withSeats(10, SeatType.USER)).id();
        for (String who : List.of("ana", "ben", "chloe", "dan")) {
            long p = s.people().create(PersonDraft.of(who, who + "@example.com", null));
            s.assignments().assign(slackLicense, p, AssignmentDraft.EMPTY);
            s.assignments().assign(zoomLicense, p, AssignmentDraft.EMPTY);
        }
        s.aliases().map("us.zoom.xos", zoom);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static TelemetryRecord rec(String host, String email, String app, String bundle, boolean installed,
                                       LocalDate used, boolean tracked, Instant at) {
        return new TelemetryRecord(2, host, email, app, bundle, "1.0", installed, used, tracked, at);
    }

    private TelemetryImportResult importing(TelemetryRecord... records) {
        return s.telemetryImporter().importParsed(new ParsedTelemetry(List.of(records), List.of()), Progress.NONE);
    }

    @Test
    void theSeatFactsTheImportWritesAreThoseTheSqlComputes() {
        LocalDate march1 = LocalDate.of(2026, 3, 1);
        LocalDate feb1 = LocalDate.of(2026, 2, 1);
        importing(
            rec("lt-ana", "ana@example.com", "Slack.app", null, true, feb1, true, MARCH),
            rec("lt-ben", "ben@example.com", "zoom.us", "us.zoom.xos", true, null, true, MARCH),
            rec("lt-chloe", "chloe@example.com", "Slack.app", null, true, null, false, MARCH),
            rec("lt-dan", "dan@example.com", "Notes.app", null, true, null, false, MARCH));
        // Ana's second device reports a later day; Ben's laptop moves to Dan; Chloe removes Slack.
        importing(
            rec("desk-ana", "ana@example.com", "Slack.app", null, true, march1, true, APRIL),
            rec("desk-ana", "ana@example.com", "Zoom", null, true, march1, true, APRIL),
            rec("lt-ben", "dan@example.com", "zoom.us", "us.zoom.xos", true, march1, true, APRIL),
            rec("lt-chloe", "chloe@example.com", "Slack.app", null, false, null, false, APRIL));

        assertThat(facts()).containsExactly(
            "ana Slack telemetry=true last=2026-03-01 installed=true inUse=true reports=true",
            "ana Zoom telemetry=true last=2026-03-01 installed=true inUse=true reports=true",
            "ben Slack telemetry=false last=null installed=false inUse=false reports=false",
            "ben Zoom telemetry=false last=null installed=false inUse=false reports=false",
            "chloe Slack telemetry=false last=null installed=false inUse=false reports=true",
            "chloe Zoom telemetry=false last=null installed=false inUse=false reports=true",
            "dan Slack telemetry=false last=null installed=false inUse=false reports=true",
            "dan Zoom telemetry=true last=2026-03-01 installed=true inUse=true reports=true");
        List<String> written = facts();
        db.services().tx().write(x -> x.doReturningWork(c -> TelemetryLink.refreshAll(c)));
        assertThat(facts()).as("TelemetryLink's SQL over the same devices").isEqualTo(written);
    }

    @Test
    void applicationsAreKeptOnceWithTheNumberOfDevicesThatHaveThemInstalled() {
        importing(
            rec("lt-ana", "ana@example.com", "Notes Pro.app", null, true, null, false, MARCH),
            rec("lt-ben", "ben@example.com", "Notes Pro.app", null, true, null, false, MARCH),
            rec("lt-chloe", "chloe@example.com", "Draw Kit", null, true, null, false, MARCH),
            rec("lt-chloe", "chloe@example.com", "Tiny Tool", null, true, null, false, MARCH));
        assertThat(unknown()).containsExactly("Notes Pro.app 2", "Draw Kit 1", "Tiny Tool 1");

        TelemetryImportResult again = importing(
            rec("lt-ben", "ben@example.com", "Notes Pro.app", null, false, null, false, APRIL));
        assertThat(again.appsUpdated()).isEqualTo(1);
        assertThat(unknown()).as("removed from one device").containsExactly("Draw Kit 1", "Notes Pro.app 1", "Tiny Tool 1");

        importing(rec("lt-ben", "ben@example.com", "Notes Pro.app", null, false, null, false, APRIL));
        assertThat(unknown()).as("the same report again changes nothing")
            .containsExactly("Draw Kit 1", "Notes Pro.app 1", "Tiny Tool 1");
        assertThat(count("select count(*) from reported_app")).isEqualTo(3);
        assertThat(count("select count(*) from device_app")).isEqualTo(4);
    }

    @Test
    void aProductSeveralApplicationsMatchCountsEachDeviceOnceInTheUnlicensedList() {
        s.aliases().map("com.realtimeboard.miro", miro);
        importing(
            rec("lt-ana", "ana@example.com", "Miro", null, true, null, false, MARCH),
            rec("lt-ana", "ana@example.com", "Miro Desktop", "com.realtimeboard.miro", true, null, false, MARCH),
            rec("lt-ben", "ben@example.com", "Miro Desktop", "com.realtimeboard.miro", true, null, false, MARCH),
            rec("lt-chloe", "chloe@example.com", "Zoom", null, true, null, false, MARCH));
        assertThat(s.telemetry().shadowIt(10)).extracting(a -> a.product() + " " + a.devices())
            .containsExactly("Miro 2");
    }

    @Test
    void anApplicationRenamedToAProductsNameTakesThatProduct() {
        importing(rec("lt-ana", "ana@example.com", "Team Chat", "com.example.teamchat", true,
            LocalDate.of(2026, 3, 1), true, MARCH));
        assertThat(unknown()).containsExactly("Team Chat 1");
        assertThat(facts()).first().asString().contains("telemetry=false");

        TelemetryImportResult renamed = importing(rec("lt-ana", "ana@example.com", "Slack", "com.example.teamchat",
            true, LocalDate.of(2026, 3, 1), true, APRIL));
        assertThat(renamed.unknownApplications()).isEmpty();
        assertThat(unknown()).isEmpty();
        assertThat(facts()).first().asString().isEqualTo(
            "ana Slack telemetry=true last=2026-03-01 installed=true inUse=true reports=true");
    }

    private List<String> unknown() {
        return s.telemetry().unknownApps(10).stream().map(u -> u.name() + " " + u.devices()).toList();
    }

    private long count(String sql) {
        return db.services().tx().read(x -> ((Number) x.createNativeQuery(sql, Object.class).getSingleResult()).longValue());
    }

    private List<String> facts() {
        return db.services().tx().read(x -> x.doReturningWork(ReportedAppsImportTest::facts));
    }

    private static List<String> facts(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select pe.display_name, p.name, a.has_telemetry, a.last_used_at,"
                + " a.product_installed, a.product_in_use, a.holder_reports from assignment a"
                + " join person pe on pe.id = a.person_id join license l on l.id = a.license_id"
                + " join product p on p.id = l.product_id where a.revoked_at is null order by pe.display_name, p.name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " telemetry=" + rs.getBoolean(3) + " last="
                    + rs.getDate(4) + " installed=" + rs.getBoolean(5) + " inUse=" + rs.getBoolean(6) + " reports="
                    + rs.getBoolean(7));
            }
        }
        return out;
    }
}
