package dev.seatledger.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.seatledger.AppServices;
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
}
