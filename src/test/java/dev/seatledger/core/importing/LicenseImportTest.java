package dev.seatledger.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.seatledger.AppServices;
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
        importer = new LicenseImport(s.tx(), db.fixedClock(), () -> "tester", AesGcmCipher.forDataFolder(db.folder()));
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
    void windows1252FilesAreDecoded() throws Exception {
        byte[] bytes = "Item Name,Manufacturer,Seats\nCaf\u00e9 Suite,Caf\u00e9 GmbH,3\n".getBytes("windows-1252");
        CsvTable t = CsvTable.parse(CsvTable.decode(bytes));
        assertThat(importer.plan(t, LicenseColumns.snipeIt(), "EUR").rows().get(0).product()).isEqualTo("Caf\u00e9 Suite");
    }
}
