package dev.seatledger.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.license.LicenseDetail;
import dev.seatledger.core.license.LicenseListRequest;
import dev.seatledger.core.license.LicenseRow;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LicenseImportTest {
    private TestDatabase db;
    private AppServices s;
    private LicenseImport importer;
    private CsvTable table;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.create();
        s = db.services();
        importer = new LicenseImport(s.tx(), db.fixedClock(), () -> "tester", AesGcmCipher.forDataFolder(db.folder()),
            s.recognition());
        table = CsvTable.read(Path.of(getClass().getResource("/import/snipeit-licenses.csv").toURI()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void snipeItExportIsReadWithQuotedNewlinesMessyValuesAndDuplicates() {
        LicenseImport.Plan plan = importer.plan(table, LicenseColumns.snipeIt(), "USD");

        assertThat(plan.issues()).extracting(ImportIssue::row, ImportIssue::column).containsExactly(
            tuple(6, "Seats"), tuple(6, "Purchase Date"), tuple(7, "Purchase Cost"));
        assertThat(plan.issues().get(0).message()).startsWith("Seats total must be at least 1");
        assertThat(plan.duplicates()).isEqualTo(1);
        assertThat(plan.licenses()).isEqualTo(2);
        assertThat(plan.checkouts()).isEqualTo(2);
        assertThat(plan.rows().get(0).notes()).isEqualTo("Team plan\r\nrenewed yearly".replace("\r", ""));
    }

    @Test
    void invalidRowsBlockTheWholeImportAndNothingIsWritten() {
        LicenseImport.Plan plan = importer.plan(table, LicenseColumns.snipeIt(), "USD");

        assertThatThrownBy(() -> importer.apply(plan, false)).isInstanceOf(ValidationException.class)
            .hasMessageContaining("row 6");
        assertThat(s.licenseQuery().list(LicenseListRequest.all())).isEmpty();
        assertThat(s.catalog().list(CatalogFilter.all())).isEmpty();
    }

    @Test
    void skipInvalidImportsTheValidRowsWithCheckoutsAsSeats() {
        LicenseImport.Result r = importer.apply(importer.plan(table, LicenseColumns.snipeIt(), "USD"), true);

        assertThat(r.licensesCreated()).isEqualTo(2);
        assertThat(r.seatsAssigned()).isEqualTo(2);
        assertThat(s.catalog().list(CatalogFilter.all())).extracting(ProductRow::name, ProductRow::publisher)
            .containsExactly(tuple("Adobe Creative Cloud", "Adobe"), tuple("JetBrains All Products Pack", "JetBrains"));
        LicenseRow adobe = s.licenseQuery().list(LicenseListRequest.all()).get(0);
        assertThat(adobe.seatsUsed()).isEqualTo(2);
        assertThat(adobe.seatsTotal()).isEqualTo(10);
        LicenseDetail d = s.licenses().detail(adobe.id());
        assertThat(d.totalCost()).isEqualByComparingTo("7200.00");
        assertThat(d.currency()).isEqualTo("USD");
        assertThat(d.purchaseDate()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(d.expiryDate()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(d.purchaseOrder()).isEqualTo("PO-2025-017");
        assertThat(d.vendor()).isEqualTo("SHI International");
        assertThat(s.licenses().revealKey(adobe.id())).isEqualTo("ADBE-7788-XK");
        assertThat(s.holders().page(adobe.id(), HolderFilter.all(), 0, 10)).extracting(HolderRow::email)
            .containsExactly("ana.lima@northwind.example", "ben.okafor@northwind.example");
    }

    @Test
    void genericCsvMatchesHeadersByName() throws Exception {
        CsvTable generic = CsvTable.parse("Software;Publisher;Quantity;Total Cost;Expires\n"
            + "Miro;Miro;25;\"1.250,50 €\";31.12.2026\n");
        LicenseColumns cols = LicenseColumns.guess(generic.headers());
        LicenseImport.Plan plan = importer.plan(generic, cols, "EUR");

        assertThat(plan.issues()).isEmpty();
        assertThat(plan.rows()).singleElement().satisfies(row -> {
            assertThat(row.product()).isEqualTo("Miro");
            assertThat(row.seats()).isEqualTo(25);
            assertThat(row.totalCost()).isEqualByComparingTo("1250.50");
            assertThat(row.expiryDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        });
    }

    @Test
    void windows1252FilesAreDecoded(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] bytes = "Item Name,Manufacturer,Seats\nCaf\u00e9 Suite,Caf\u00e9 GmbH,3\n".getBytes("windows-1252");
        Path file = java.nio.file.Files.write(dir.resolve("windows.csv"), bytes);
        CsvTable t = CsvTable.read(file);
        assertThat(importer.plan(t, LicenseColumns.snipeIt(), "EUR").rows().get(0).product()).isEqualTo("Caf\u00e9 Suite");
    }

    @Test
    void licenseFieldsOfASeatLedgerExportAreCheckedByRowAndColumn() throws Exception {
        CsvTable t = CsvTable.parse("Product,Seat Type,Seats,Currency,Billing Cycle,Start Date,Expiry Date,Auto Renew,"
            + "Notice Days,Status,Cost per Seat\n"
            + "Figma,user,5,usd,One-time,2026-01-01,2026-12-31,yes,45,pending renewal,12.50\n"
            + "Miro,seat,5,EUR,annual,,,,,,\n"
            + "Zoom,user,5,EURO,weekly,2026-05-01,2026-04-01,maybe,400,gone,-3\n"
            + "Slack,unlimited,0,,,,,,,,\n");

        LicenseImport.Plan plan = importer.plan(t, LicenseColumns.guess(t.headers()), "EUR");

        assertThat(plan.issues()).extracting(ImportIssue::row, ImportIssue::column).containsExactly(
            tuple(3, "Seat Type"),
            tuple(4, "Cost per Seat"), tuple(4, "Currency"), tuple(4, "Billing Cycle"), tuple(4, "Expiry Date"),
            tuple(4, "Auto Renew"), tuple(4, "Notice Days"), tuple(4, "Status"));
        assertThat(plan.issues().get(0).message())
            .isEqualTo("expected one of user, device, concurrent, unlimited, found \"seat\"");
        assertThat(plan.issues()).extracting(ImportIssue::message).contains(
            "Expiry date cannot be before the start date", "Renewal notice days must be between 0 and 365");
        assertThat(plan.rows()).extracting(LicenseImportRow::product).containsExactly("Figma", "Slack");
        LicenseImportRow figma = plan.rows().get(0);
        assertThat(figma.currency()).isEqualTo("USD");
        assertThat(figma.billingCycle()).isEqualTo(dev.seatledger.core.license.BillingCycle.ONE_TIME);
        assertThat(figma.status()).isEqualTo(dev.seatledger.core.license.LicenseStatus.PENDING_RENEWAL);
        assertThat(plan.rows().get(1).seats()).as("unlimited licenses keep no seat total").isNull();

        importer.apply(plan, true);
        LicenseRow slack = s.licenseQuery().list(LicenseListRequest.all()).stream()
            .filter(r -> r.productName().equals("Slack")).findFirst().orElseThrow();
        assertThat(slack.seatType()).isEqualTo(dev.seatledger.core.license.SeatType.UNLIMITED);
        assertThat(slack.currency()).as("no currency in the row: the import's").isEqualTo("EUR");
    }

    @Test
    void formulaSafeApostropheIsRemovedOnlyBeforeFormulaCharacters() throws Exception {
        CsvTable t = CsvTable.parse("Product,Publisher,Notes\n'=Calc,'@Acme,'tis the season\n");
        LicenseImportRow row = importer.plan(t, LicenseColumns.guess(t.headers()), "EUR").rows().get(0);
        assertThat(row.product()).isEqualTo("=Calc");
        assertThat(row.publisher()).isEqualTo("@Acme");
        assertThat(row.notes()).isEqualTo("'tis the season");
    }

    @Test
    void productsAndPeopleAlreadyStoredAreReusedAndOffboardedPeopleGetNoSeat() throws Exception {
        long figma = s.products().create(dev.seatledger.core.catalog.ProductDraft.of("Figma", "Figma Inc.", "Design"));
        long ana = s.people().create(dev.seatledger.core.people.PersonDraft.of("Ana Lima", "Ana.Lima@northwind.example",
            "Design"));
        long gone = s.people().create(dev.seatledger.core.people.PersonDraft.of("Gone Person", "gone@northwind.example",
            "Design"));
        s.assignments().offboard(gone);
        StringBuilder csv = new StringBuilder("ID,Item Name,Manufacturer,Seats,Purchase Cost,Full Name,Email\n");
        for (int lic = 1; lic <= 3; lic++) {
            String license = lic + ",figma,Figma Inc.," + (4 + lic) + ",$100.00,";
            csv.append(license).append("Ana Lima,ana.lima@northwind.example\n");
            csv.append(license).append("Gone Person,GONE@northwind.example\n");
            csv.append(license).append("Ben Okafor,ben").append(lic).append("@northwind.example\n");
        }
        LicenseImport.Plan plan = importer.plan(CsvTable.parse(csv.toString()), LicenseColumns.snipeIt(), "USD");

        LicenseImport.Result r = importer.apply(plan, false);

        assertThat(plan.issues()).isEmpty();
        assertThat(r.licensesCreated()).isEqualTo(3);
        assertThat(r.productsCreated()).isZero();
        assertThat(r.peopleCreated()).isEqualTo(3);
        assertThat(r.seatsAssigned()).isEqualTo(6);
        assertThat(s.personQuery().get(ana).activeSeats()).isEqualTo(3);
        assertThat(s.personQuery().get(gone).activeSeats()).isZero();
        assertThat(s.catalog().options()).filteredOn(o -> o.id() == figma).hasSize(1);
        assertThat(s.catalog().options()).filteredOn(o -> o.name().equalsIgnoreCase("figma")).hasSize(1);
    }
}
