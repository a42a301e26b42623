package dev.seatledger.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Installed applications follow the catalog: products created, renamed, archived and aliases mapped later. */
class ProductMatchingTest {
    private static final LocalDate USED = LocalDate.of(2026, 3, 2);

    private TestDatabase db;
    private AppServices s;
    private long jira;
    private long jiraLicense;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        jira = s.products().create(ProductDraft.of("Jira", "Atlassian", null));
        jiraLicense = s.licenses().create(LicenseDraft.defaults(jira).withSeats(5, SeatType.USER)).id();
        long ana = s.people().create(PersonDraft.of("Ana", "ana@example.com", null));
        s.assignments().assign(jiraLicense, ana, AssignmentDraft.EMPTY);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void report(String host, String email, String app, String bundle, boolean installed, LocalDate lastUsed) {
        List<TelemetryRecord> records = new ArrayList<>();
        records.add(new TelemetryRecord(2, host, email, app, bundle, "1.0", installed, lastUsed, true,
            Instant.parse("2026-03-03T08:00:00Z")));
        s.telemetryImporter().importParsed(new ParsedTelemetry(records, List.of()), Progress.NONE);
    }

    private List<String> unknown() {
        return s.telemetry().unknownApps(50).stream().map(TelemetryQuery.UnknownApp::name).toList();
    }

    private LocalDate anaLastUsed() {
        return s.holders().page(jiraLicense, HolderFilter.all(), 0, 5).get(0).lastUsed();
    }

    @Test
    void anApplicationNamedLikeAProductIsThatProductFromTheFirstImport() {
        report("mbp-ana", "ana@example.com", "Jira.app", null, true, USED);

        assertThat(unknown()).isEmpty();
        assertThat(anaLastUsed()).isEqualTo(USED);
    }

    @Test
    void aProductAddedAfterTheImportClaimsItsApplicationsAndTheirUsage() {
        report("mbp-ana", "ana@example.com", "Linear.app", "com.linear", true, USED);
        assertThat(unknown()).containsExactly("Linear.app");

        long linear = s.products().create(ProductDraft.of("Linear", "Linear Orbit", null));

        assertThat(unknown()).isEmpty();
        assertThat(s.telemetry().shadowIt(10)).extracting(TelemetryQuery.ShadowApp::productId).containsExactly(linear);
        long seat = s.licenses().create(LicenseDraft.defaults(linear).withSeats(3, SeatType.USER)).id();
        assertThat(s.telemetry().shadowIt(10)).isEmpty();
        assertThat(seat).isPositive();
    }

    @Test
    void renamingOrArchivingTheProductMovesItsApplicationsBackToUnknown() {
        report("mbp-ana", "ana@example.com", "Jira.app", null, true, USED);

        // a name that neither reads as Jira nor is known as Jira
        s.products().update(jira, ProductDraft.of("Atlassian Tracker", "Atlassian", null));
        assertThat(unknown()).containsExactly("Jira.app");
        assertThat(anaLastUsed()).as("usage of an application no longer matched to the seat's product").isNull();

        s.products().update(jira, ProductDraft.of("Jira", "Atlassian", null));
        assertThat(unknown()).isEmpty();
        assertThat(anaLastUsed()).isEqualTo(USED);

        long other = s.products().create(ProductDraft.of("Confluence", "Atlassian", null));
        s.products().archive(other);
        s.products().archive(jira);
        assertThat(unknown()).containsExactly("Jira.app");
        s.products().restore(jira);
        assertThat(unknown()).isEmpty();
    }

    @Test
    void anAliasBeatsAProductName() {
        long tracker = s.products().create(ProductDraft.of("Atlassian Tracker", "Atlassian", null));
        report("mbp-ana", "ana@example.com", "Jira.app", "com.atlassian.jira", true, USED);
        assertThat(anaLastUsed()).isEqualTo(USED);

        s.aliases().map("com.atlassian.jira", tracker);

        assertThat(anaLastUsed()).as("the application is now the other product").isNull();
        assertThat(s.telemetry().shadowIt(10)).extracting(TelemetryQuery.ShadowApp::productId).containsExactly(tracker);

        s.aliases().map("com.atlassian.jira", jira);
        assertThat(anaLastUsed()).isEqualTo(USED);
        assertThat(s.telemetry().shadowIt(10)).isEmpty();
    }

    @Test
    void paidUnusedListsSeatsWhoseHolderReportsOtherApplicationsOrNeverUsesTheProduct() {
        long ben = s.people().create(PersonDraft.of("Ben", "ben@example.com", null));
        long chloe = s.people().create(PersonDraft.of("Chloe", "chloe@example.com", null));
        long dan = s.people().create(PersonDraft.of("Dan", "dan@example.com", null));
        for (long p : new long[] {ben, chloe, dan}) {
            s.assignments().assign(jiraLicense, p, AssignmentDraft.EMPTY);
        }
        report("mbp-ana", "ana@example.com", "Jira.app", null, true, USED);
        report("mbp-ben", "ben@example.com", "Zoom.app", null, true, USED);
        report("mbp-chloe", "chloe@example.com", "Jira.app", null, true, null);

        assertThat(s.telemetry().paidUnused(10)).extracting(TelemetryQuery.UnusedSeat::holder,
                TelemetryQuery.UnusedSeat::installed)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Ben", false),
                org.assertj.core.groups.Tuple.tuple("Chloe", true));
        assertThat(s.telemetry().paidUnused(1)).extracting(TelemetryQuery.UnusedSeat::holder).containsExactly("Ben");
    }

    private List<String> paidUnused() {
        return s.telemetry().paidUnused(50).stream().map(u -> u.holder() + (u.installed() ? " (installed)" : "")).toList();
    }

    @Test
    void aSeatLeavesPaidButUnusedWhenItsHolderStartsUsingTheProductAndReturnsWhenItIsUninstalled() {
        report("mbp-ana", "ana@example.com", "Zoom.app", null, true, USED);
        assertThat(paidUnused()).containsExactly("Ana");

        report("mbp-ana", "ana@example.com", "Jira.app", null, true, USED);
        assertThat(paidUnused()).as("Jira is now installed and used on Ana's laptop").isEmpty();

        report("mbp-ana", "ana@example.com", "Jira.app", null, false, USED);
        assertThat(paidUnused()).containsExactly("Ana");
    }

    @Test
    void aLaptopHandedToAnotherHolderMovesTheUnusedSeatWithIt() {
        long ben = s.people().create(PersonDraft.of("Ben", "ben@example.com", null));
        s.assignments().assign(jiraLicense, ben, AssignmentDraft.EMPTY);
        report("lt-7", "ana@example.com", "Zoom.app", null, true, USED);
        assertThat(paidUnused()).as("Ben has no device reporting, so nothing is known of his seat").containsExactly("Ana");

        report("lt-7", "ben@example.com", "Zoom.app", null, true, USED);

        assertThat(paidUnused()).containsExactly("Ben");
    }

    @Test
    void changingALicensesProductJudgesItsSeatsOnTheNewProduct() {
        report("mbp-ana", "ana@example.com", "Jira.app", null, true, USED);
        assertThat(paidUnused()).isEmpty();
        long confluence = s.products().create(ProductDraft.of("Confluence", "Atlassian", null));

        s.licenses().update(jiraLicense, s.licenses().draftOf(jiraLicense).copy().productId(confluence).build());

        assertThat(paidUnused()).containsExactly("Ana");
        assertThat(anaLastUsed()).as("usage of Jira no longer counts for a Confluence seat").isNull();

        s.licenses().update(jiraLicense, s.licenses().draftOf(jiraLicense).copy().productId(jira).build());
        assertThat(paidUnused()).isEmpty();
        assertThat(anaLastUsed()).isEqualTo(USED);
    }

    @Test
    void anUnusedSeatOfAnArchivedLicenseIsNotListedAndTheListIsSortedByProductThenHolder() {
        long zoom = s.products().create(ProductDraft.of("Zoom", "Zoom", null));
        long zoomLicense = s.licenses().create(LicenseDraft.defaults(zoom).withSeats(5, SeatType.USER)).id();
        long ben = s.people().create(PersonDraft.of("ben", "ben@example.com", null));
        s.assignments().assign(jiraLicense, ben, AssignmentDraft.EMPTY);
        s.assignments().assign(zoomLicense, ben, AssignmentDraft.EMPTY);
        report("mbp-ana", "ana@example.com", "Slack.app", null, true, USED);
        report("mbp-ben", "ben@example.com", "Slack.app", null, true, USED);

        assertThat(s.telemetry().paidUnused(50)).extracting(TelemetryQuery.UnusedSeat::license,
                TelemetryQuery.UnusedSeat::holder, TelemetryQuery.UnusedSeat::email)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Jira", "Ana", "ana@example.com"),
                org.assertj.core.groups.Tuple.tuple("Jira", "ben", "ben@example.com"),
                org.assertj.core.groups.Tuple.tuple("Zoom", "ben", "ben@example.com"));

        s.licenses().archive(zoomLicense);
        assertThat(s.telemetry().paidUnused(50)).extracting(TelemetryQuery.UnusedSeat::license).containsExactly("Jira", "Jira");
    }

    @Test
    void aSeatAssignedAfterTheImportShowsTheUsageAlreadyReported() {
        long ben = s.people().create(PersonDraft.of("Ben", "ben@example.com", null));
        report("mbp-ben", "ben@example.com", "Jira.app", null, true, USED);

        s.assignments().assign(jiraLicense, ben, AssignmentDraft.EMPTY);

        assertThat(s.holders().page(jiraLicense, HolderFilter.all().withSearch("ben"), 0, 5))
            .extracting(dev.seatledger.core.assignment.HolderRow::lastUsed).containsExactly(USED);
    }
}
