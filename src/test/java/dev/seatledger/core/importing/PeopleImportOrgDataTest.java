package dev.seatledger.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.compliance.ShowbackGrouping;
import dev.seatledger.core.compliance.ShowbackQuery;
import dev.seatledger.core.exporting.PeopleCsvExport;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.common.Progress;
import dev.seatledger.testing.TestDatabase;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cost centre and division from each directory's export (samples and their sources in src/test/resources/import). */
class PeopleImportOrgDataTest {
    private TestDatabase db;
    private AppServices s;
    private PeopleImport importer;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        importer = s.peopleImport();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void load(String name, DirectoryPreset preset) throws Exception {
        PeopleImport.Plan plan = importer.plan(CsvTable.read(Path.of(getClass().getResource("/import/" + name).toURI())),
            preset);
        assertThat(plan.issues()).isEmpty();
        importer.apply(plan, false);
    }

    private List<String> people() {
        return s.tx().read(session -> session.createSelectionQuery("from Person p order by p.emailKey", Person.class)
            .getResultList().stream()
            .map(p -> p.getEmail() + " | " + p.getDepartment() + " | " + p.getCostCentre() + " | " + p.getDivision())
            .toList());
    }

    @Test
    void entraGraphExportsCarryEmployeeOrgDataAsJson() throws Exception {
        load("entra-graph-users.csv", DirectoryPreset.ENTRA);
        assertThat(people()).containsExactly(
            "ines.moreau@northwind.example | Finance | CC-4100 | Corporate",
            "jonas.weber@northwind.example | Engineering | null | Product",
            "kai.novak@northwind.example | Engineering | null | null");
    }

    @Test
    void oktaGoogleAndScimColumnsAreRead() throws Exception {
        load("okta-users-org.csv", DirectoryPreset.OKTA);
        load("google-users-costcenter.csv", DirectoryPreset.GOOGLE);
        load("scim-enterprise-users.csv", DirectoryPreset.CSV);
        assertThat(people()).containsExactly(
            "lena.fischer@northwind.example | Sales | CC-2200 | EMEA",
            "mo.adeyemi@northwind.example | Sales | CC-2201 | EMEA; North",
            "nora.quist@northwind.example | Support | CC-3300, Support | null",
            "omar.haddad@northwind.example | Operations | CC-5000 | Corporate");
    }

    @Test
    void aNewCostCentreReachesTheHoldersSeatsAndTheExportRoundTrips() throws Exception {
        load("entra-graph-users.csv", DirectoryPreset.ENTRA);
        long product = s.products().create(ProductDraft.of("Tableau", "Salesforce", null));
        long license = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(1)
            .costPerSeat(new BigDecimal("840")).build()).id();
        long ines = s.tx().read(session -> session.createSelectionQuery("select p.id from Person p where p.emailKey = :e",
            Long.class).setParameter("e", "ines.moreau@northwind.example").getSingleResult());
        s.assignments().assign(license, ines, AssignmentDraft.EMPTY);
        ShowbackQuery showback = new ShowbackQuery(s.tx(), s.finance()::rates);
        assertThat(showback.showback("EUR", ShowbackGrouping.COST_CENTRE).lines())
            .extracting(l -> (Object) l.name()).containsExactly("CC-4100");

        importer.apply(importer.plan(CsvTable.parse("displayName,mail,Cost center,Division\n"
            + "Ines Moreau,ines.moreau@northwind.example,CC-4200,Corporate\n"), DirectoryPreset.ENTRA), false);
        assertThat(showback.showback("EUR", ShowbackGrouping.COST_CENTRE).lines())
            .extracting(l -> (Object) (l.name() + " " + l.yearlyCost())).containsExactly("CC-4200 840.00");
        assertThat(s.history().of(dev.seatledger.core.history.SubjectType.PERSON, ines, 5).get(0).summary())
            .contains("Cost centre: CC-4100 \u2192 CC-4200");

        StringWriter out = new StringWriter();
        new PeopleCsvExport(s.tx()).write(out, Progress.NONE);
        try (TestDatabase other = TestDatabase.create()) {
            PeopleImport again = other.services().peopleImport();
            again.apply(again.plan(CsvTable.parse(out.toString()), DirectoryPreset.CSV), false);
            String read = other.services().tx().read(session -> session.createSelectionQuery(
                "select p.costCentre || '/' || p.division from Person p where p.emailKey = 'ines.moreau@northwind.example'",
                String.class).getSingleResult());
            assertThat(read).isEqualTo("CC-4200/Corporate");
        }
    }
}
