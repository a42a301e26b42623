package dev.seatledger.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.people.PersonFilter;
import dev.seatledger.core.people.PersonRow;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeopleImportTest {
    private TestDatabase db;
    private AppServices s;
    private PeopleImport importer;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        importer = new PeopleImport(s.tx(), db.fixedClock(), () -> "tester");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CsvTable file(String name) throws Exception {
        return CsvTable.read(Path.of(getClass().getResource("/import/" + name).toURI()));
    }

    @Test
    void entraExportUsesMailOrUpnAndAccountEnabled() throws Exception {
        PeopleImport.Plan plan = importer.plan(file("entra-users.csv"), DirectoryPreset.ENTRA);
        assertThat(plan.issues()).isEmpty();
        importer.apply(plan, false);

        assertThat(s.personQuery().list(PersonFilter.all())).extracting(PersonRow::name, PersonRow::email,
                PersonRow::department, PersonRow::status)
            .containsExactly(tuple("Ana Lima", "ana.lima@northwind.example", "Design", PersonStatus.ACTIVE),
                tuple("Ben Okafor", "ben@northwind.onmicrosoft.com", "Sales", PersonStatus.INACTIVE));
    }

    @Test
    void googleExportWithBomSuspendedAndNeverLoggedIn() throws Exception {
        importer.apply(importer.plan(file("google-users.csv"), DirectoryPreset.GOOGLE), false);

        assertThat(s.personQuery().list(PersonFilter.all())).extracting(PersonRow::name, PersonRow::status,
                PersonRow::lastSignIn)
            .containsExactly(tuple("Chloé Martin", PersonStatus.ACTIVE, LocalDate.of(2026, 3, 10)),
                tuple("Dan Park", PersonStatus.INACTIVE, null));
    }

    @Test
    void oktaReportWithSemicolonsAndAnUnknownStatusRow() throws Exception {
        PeopleImport.Plan plan = importer.plan(file("okta-users.csv"), DirectoryPreset.OKTA);
        assertThat(plan.issues()).extracting(ImportIssue::row, ImportIssue::column).containsExactly(tuple(4, "Status"));

        importer.apply(plan, true);

        assertThat(s.personQuery().list(PersonFilter.all())).extracting(PersonRow::name, PersonRow::status,
                PersonRow::lastSignIn)
            .containsExactly(tuple("Elif Yilmaz", PersonStatus.ACTIVE, LocalDate.of(2026, 3, 1)),
                tuple("Farid Haddad", PersonStatus.INACTIVE, null));
    }

    @Test
    void reImportUpdatesByEmailAndKeepsOffboardedPeopleOffboarded() throws Exception {
        importer.apply(importer.plan(file("entra-users.csv"), DirectoryPreset.ENTRA), false);
        long ana = s.personQuery().list(PersonFilter.all()).get(0).id();
        s.assignments().offboard(ana);

        CsvTable changed = CsvTable.parse("userPrincipalName,displayName,mail,department,accountEnabled\n"
            + "ana.lima@northwind.example,Ana Lima,ANA.LIMA@northwind.example,Research,True\n");
        PeopleImport.Result r = importer.apply(importer.plan(changed, DirectoryPreset.ENTRA), false);

        assertThat(r.created()).isZero();
        assertThat(r.updated()).isEqualTo(1);
        assertThat(s.personQuery().get(ana).department()).isEqualTo("Research");
        assertThat(s.personQuery().get(ana).status()).isEqualTo(PersonStatus.OFFBOARDED);
        PeopleImport.Result again = importer.apply(importer.plan(changed, DirectoryPreset.ENTRA), false);
        assertThat(again.unchanged()).isEqualTo(1);
    }

    /**
     * More rows than one write chunk: every row is written once (a person already known, listed in the second chunk,
     * is updated), and a re-import that moves people to another department moves their seats with them.
     */
    @Test
    void aFileLargerThanOneChunkWritesEveryRowOnceAndMovesTheSeatsOfMovedPeople() throws Exception {
        int n = PeopleImport.CHUNK + 40;
        StringBuilder csv = new StringBuilder("userPrincipalName,displayName,mail,department,accountEnabled\n");
        for (int i = 0; i < n; i++) {
            csv.append("p").append(i).append("@example.com,Person ").append(i).append(",p").append(i)
                .append("@example.com,Sales,True\n");
        }
        long known = s.people().create(dev.seatledger.core.people.PersonDraft.of("Old Name",
            "P" + (n - 3) + "@example.com", "Sales"));
        PeopleImport.Result first = importer.apply(importer.plan(CsvTable.parse(csv.toString()), DirectoryPreset.ENTRA), false);

        assertThat(first.created()).isEqualTo(n - 1);
        assertThat(first.updated()).isEqualTo(1);
        assertThat(s.personQuery().list(PersonFilter.all())).hasSize(n);
        assertThat(s.personQuery().get(known).name()).isEqualTo("Person " + (n - 3));

        long product = s.products().create(dev.seatledger.core.catalog.ProductDraft.of("Figma", "Figma", null));
        long license = s.licenses().create(dev.seatledger.core.license.LicenseDraft.defaults(product)
            .withSeats(n, dev.seatledger.core.license.SeatType.USER)).id();
        for (PersonRow p : s.personQuery().list(PersonFilter.all())) {
            s.assignments().assign(license, p.id(), dev.seatledger.core.assignment.AssignmentDraft.EMPTY);
        }
        PeopleImport.Result moved = importer.apply(importer.plan(CsvTable.parse(csv.toString().replace(",Sales,", ",Research,")),
            DirectoryPreset.ENTRA), false);

        assertThat(moved.updated()).isEqualTo(n);
        assertThat(s.holders().count(license, new dev.seatledger.core.assignment.HolderFilter("Research", false,
            dev.seatledger.core.assignment.HolderSort.NAME, true))).isEqualTo(n);
        assertThat(s.holders().count(license, new dev.seatledger.core.assignment.HolderFilter("Sales", false,
            dev.seatledger.core.assignment.HolderSort.NAME, true))).isZero();
    }
}
