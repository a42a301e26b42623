package dev.seatledger.core.seatgroup;

import static dev.seatledger.core.seatgroup.SeatGroupTally.assertExact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.ImportedSeat;
import dev.seatledger.core.assignment.RevokeReason;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.importing.CsvTable;
import dev.seatledger.core.importing.DirectoryPreset;
import dev.seatledger.core.importing.LicenseColumns;
import dev.seatledger.core.importing.LicenseImport;
import dev.seatledger.core.importing.PeopleImport;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.sample.LargeDataset;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every writer of active seats keeps seat_group_count (V23) exact in its own transaction: after each one the kept
 * counts equal the active seats grouped by license, department and cost centre.
 */
class SeatGroupCountDriftTest {
    private TestDatabase db;
    private AppServices s;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> seatsOf(long personId) {
        return s.tx().read(session -> session.createSelectionQuery("select a.id from Assignment a"
            + " where a.person.id = :p and a.revokedAt is null order by a.id", Long.class)
            .setParameter("p", personId).getResultList());
    }

    @Test
    void everyWriterOfActiveSeatsKeepsTheCountsExact() throws Exception {
        long product = s.products().create(ProductDraft.of("Figma", "Figma", null));
        long design = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(10).build()).id();
        long viewers = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(10).build()).id();
        long ana = s.people().create(PersonDraft.of("Ana", "ana@example.com", "Design"));
        long ben = s.people().create(PersonDraft.of("Ben", "ben@example.com", "Design"));
        long chloe = s.people().create(PersonDraft.of("Chloe", "chloe@example.com", null));
        long dan = s.people().create(PersonDraft.of("Dan", "dan@example.com", "Sales"));
        long eve = s.people().create(PersonDraft.of("Eve", "eve@example.com", "Sales"));

        for (long p : List.of(ana, ben, chloe, dan)) {
            s.assignments().assign(design, p, AssignmentDraft.EMPTY);
        }
        s.assignments().assign(viewers, ana, AssignmentDraft.EMPTY);
        s.assignments().assign(viewers, chloe, AssignmentDraft.EMPTY);
        assertThat(assertExact(s.tx(), "assigning")).contains(design + " | Design | null | 2", viewers + " | null | null | 1");

        s.assignments().revoke(seatsOf(ben).get(0), RevokeReason.MANUAL);
        assertThat(assertExact(s.tx(), "a revoke")).contains(design + " | Design | null | 1");

        s.people().update(chloe, PersonDraft.of("Chloe", "chloe@example.com", "Design"));
        assertThat(assertExact(s.tx(), "a person's department edited"))
            .contains(design + " | Design | null | 2", viewers + " | Design | null | 2");

        PeopleImport people = s.peopleImport();
        people.apply(people.plan(CsvTable.parse("name,email,department,cost_centre\n"
            + "Ana,ana@example.com,Research,CC-1\n"
            + "Ben,ben@example.com,Research,CC-1\n"
            + "Dan,dan@example.com,Sales,CC-2\n"), DirectoryPreset.CSV), false);
        assertThat(assertExact(s.tx(), "a people import moving departments and cost centres")).containsExactly(
            design + " | Design | null | 1", design + " | Research | CC-1 | 1", design + " | Sales | CC-2 | 1",
            viewers + " | Design | null | 1", viewers + " | Research | CC-1 | 1");

        var imported = s.assignments().importSeats(List.of(
            new ImportedSeat(2, viewers, eve, AssignmentDraft.EMPTY, TestDatabase.NOW),
            new ImportedSeat(3, viewers, dan, AssignmentDraft.EMPTY, TestDatabase.NOW),
            new ImportedSeat(4, design, eve, AssignmentDraft.EMPTY, TestDatabase.NOW)), false, false);
        assertThat(imported.assigned()).isEqualTo(3);
        assertThat(assertExact(s.tx(), "a seat import")).contains(viewers + " | Sales | null | 1",
            viewers + " | Sales | CC-2 | 1", design + " | Sales | null | 1");

        s.reclaim().reclaim(List.of(seatsOf(eve).get(0), seatsOf(ana).get(0), seatsOf(ana).get(1)), Progress.NONE);
        assertThat(assertExact(s.tx(), "a reclaim")).doesNotContain(design + " | Research | CC-1 | 1");

        s.assignments().offboard(dan);
        assertThat(assertExact(s.tx(), "offboarding")).noneMatch(row -> row.contains("CC-2"));

        LicenseImport licenses = new LicenseImport(s.tx(), db.fixedClock(), () -> "tester",
            AesGcmCipher.forDataFolder(db.folder()), s.recognition());
        CsvTable table = CsvTable.read(Path.of(getClass().getResource("/import/snipeit-licenses.csv").toURI()));
        LicenseImport.Result r = licenses.apply(licenses.plan(table, LicenseColumns.snipeIt(), "USD"), true);
        assertThat(r.seatsAssigned()).as("the license import issues seats").isPositive();
        assertExact(s.tx(), "a license import with checkouts");
    }

    @Test
    void aPeopleImportLongerThanOneChunkMovesTheSeatsOfEveryChunk() {
        long product = s.products().create(ProductDraft.of("Miro", "Miro", null));
        long license = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(10).build()).id();
        int people = 1_100;
        PeopleImport importer = s.peopleImport();
        importer.apply(importer.plan(directory(people, "Design"), DirectoryPreset.CSV), false);
        List<Long> ids = s.tx().read(session -> session.createSelectionQuery("select p.id from Person p order by p.id",
            Long.class).getResultList());
        for (long p : List.of(ids.get(0), ids.get(600), ids.get(people - 1))) {
            s.assignments().assign(license, p, AssignmentDraft.EMPTY);
        }
        importer.apply(importer.plan(directory(people, "Research"), DirectoryPreset.CSV), false);
        assertThat(assertExact(s.tx(), "a people import of three chunks")).containsExactly(license + " | Research | CC-9 | 3");
    }

    private static CsvTable directory(int people, String department) {
        StringBuilder csv = new StringBuilder("name,email,department,cost_centre\n");
        for (int i = 0; i < people; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@example.com,").append(department)
                .append(",CC-9\n");
        }
        try {
            return CsvTable.parse(csv.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSampleDataCountsItsSeats() {
        s.sampleData().load();
        assertThat(assertExact(s.tx(), "the sample data")).isNotEmpty();
    }

    @Test
    void theGeneratedDatasetCountsItsActiveSeatsOnly() {
        LargeDataset.Summary summary = new LargeDataset(s.tx(), db.clock()).generate(LargeDataset.Size.TINY, p -> { });
        List<String> kept = assertExact(s.tx(), "the generated dataset");
        assertThat(kept.stream().mapToLong(row -> Long.parseLong(row.substring(row.lastIndexOf(' ') + 1))).sum())
            .isEqualTo(summary.activeAssignments()).isLessThan(summary.assignments());
    }
}
