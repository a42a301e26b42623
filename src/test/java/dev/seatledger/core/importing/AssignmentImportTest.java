package dev.seatledger.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.SeatImportResult;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.exporting.AssignmentCsvExport;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.utilization.DormancyFilter;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.testing.TestDatabase;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code export assignments} re-imported: seats keep their dates, under the rules of assigning one seat. */
class AssignmentImportTest {

    /** Figma (3 seats) and Slack (1 seat) with Ana, Ben and Cleo. */
    private static long[] inventory(AppServices s) {
        long figma = s.licenses().create(LicenseDraft.defaults(s.products().create(ProductDraft.of("Figma", "Figma", null)))
            .withName("Organization").withSeats(3, SeatType.USER)).id();
        long slack = s.licenses().create(LicenseDraft.defaults(s.products().create(ProductDraft.of("Slack", "Slack", null)))
            .withSeats(1, SeatType.USER)).id();
        long ana = s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", "Design"));
        long ben = s.people().create(PersonDraft.of("Ben Okafor", "ben@example.com", "Finance"));
        long cleo = s.people().create(PersonDraft.of("Cleo Park", "cleo@example.com", "Sales"));
        return new long[] {figma, slack, ana, ben, cleo};
    }

    private static List<String> seats(AppServices s) {
        return s.tx().read(session -> session.createNativeQuery("select p.name || ' ' || pe.email || ' '"
            + " || cast(cast(a.assigned_at as date) as varchar(20)) || ' ' || coalesce(a.access_level, '-') from assignment a"
            + " join license l on l.id = a.license_id join product p on p.id = l.product_id join person pe on pe.id = a.person_id"
            + " where a.revoked_at is null order by p.name, pe.email", String.class).getResultList());
    }

    @Test
    void anExportedFileReImportsWithItsDatesAndTheSeatsAreJudgedByThem() throws Exception {
        String exported;
        List<String> before;
        try (TestDatabase a = TestDatabase.create()) {
            AppServices s = a.services();
            long[] x = inventory(s);
            s.assignments().assign(x[0], x[2], new AssignmentDraft("Editor", "ana@figma", null));
            s.assignments().assign(x[1], x[3], AssignmentDraft.EMPTY);
            s.tx().run(session -> session.createNativeMutationQuery("update assignment set assigned_at = :at")
                .setParameter("at", java.sql.Timestamp.from(Instant.parse("2025-10-12T09:30:00Z"))).executeUpdate());
            StringWriter w = new StringWriter();
            new AssignmentCsvExport(s.tx()).write(w, Progress.NONE);
            exported = w.toString();
            before = seats(s);
        }
        try (TestDatabase b = TestDatabase.create()) {
            AppServices s = b.services();
            inventory(s);
            AssignmentImport importer = new AssignmentImport(s.tx(), s.clock(), s.assignments());
            AssignmentImport.Plan plan = importer.plan(CsvTable.parse(exported));
            assertThat(plan.issues()).isEmpty();

            SeatImportResult r = importer.apply(plan, false, false);

            assertThat(r.saved()).isTrue();
            assertThat(r.assigned()).isEqualTo(2);
            assertThat(seats(s)).isEqualTo(before).contains("Figma ana@example.com 2025-10-12 Editor");
            assertThat(s.licenseQuery().list(dev.seatledger.core.license.LicenseListRequest.all()))
                .extracting(l -> l.productName() + " " + l.seatsUsed()).containsExactlyInAnyOrder("Figma 1", "Slack 1");
            assertThat(s.utilization().report(DormancyFilter.all()).dormant()).as("assigned in October, never signed in")
                .extracting(DormantSeat::holder).containsExactlyInAnyOrder("Ana Lima", "Ben Okafor");
        }
    }

    @Test
    void overcommitDuplicatesAndUnknownPeopleAreRefusedByRowAndNothingIsSaved() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            AppServices s = db.services();
            long[] x = inventory(s);
            String file = String.join("\n", String.join(",", AssignmentCsvExport.HEADERS),
                x[1] + ",Slack,,Ana Lima,ana@example.com,Design,,,2026-01-05T08:00:00Z,admin",
                x[1] + ",Slack,,Ben Okafor,ben@example.com,Finance,,,2026-01-06T08:00:00Z,admin",
                ",Figma,Organization,Cleo Park,CLEO@example.com,Sales,,,01/07/2026,admin",
                ",Figma,Organization,Cleo Park,cleo@example.com,Sales,,,2026-01-08,admin",
                ",Figma,Organization,Nobody,nobody@example.com,,,,2026-01-09,admin",
                ",Figma,Organization,Ana Lima,ana@example.com,,,,2027-01-01,admin") + "\n";
            AssignmentImport importer = new AssignmentImport(s.tx(), s.clock(), s.assignments());
            AssignmentImport.Plan plan = importer.plan(CsvTable.parse(file));
            assertThat(plan.issues()).extracting(ImportIssue::row).containsExactly(6, 7);

            SeatImportResult r = importer.apply(plan, false, false);

            assertThat(r.saved()).isFalse();
            assertThat(r.refused()).extracting(SeatImportResult.RefusedRow::row, SeatImportResult.RefusedRow::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "No seats remaining on this license"),
                    org.assertj.core.groups.Tuple.tuple(5, "This user already has an active assignment for this license"));
            assertThat(seats(s)).isEmpty();
            assertThat(s.licenseQuery().list(dev.seatledger.core.license.LicenseListRequest.all()))
                .allSatisfy(l -> assertThat(l.seatsUsed()).isZero());

            SeatImportResult skipped = importer.apply(plan, true, false);
            assertThat(skipped.saved()).isTrue();
            assertThat(seats(s)).containsExactly("Figma cleo@example.com 2026-01-07 -", "Slack ana@example.com 2026-01-05 -");
        }
    }
}
