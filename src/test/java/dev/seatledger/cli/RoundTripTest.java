package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseListRequest;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonFilter;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Export from one SeatLedger, import into another": the CLI's CSV exports re-import to the same data. */
class RoundTripTest {

    @Test
    void licensesAndPeopleExportedFromOneDatabaseImportIntoAnotherUnchanged(@TempDir Path dir) throws Exception {
        Path licenses = dir.resolve("licenses.csv");
        Path people = dir.resolve("people.csv");
        try (CliFixture source = new CliFixture().seed()) {
            assertThat(source.run("export", "licenses", "--out", licenses.toString())).isZero();
            assertThat(source.run("export", "people", "--out", people.toString())).isZero();

            try (TestDatabase target = TestDatabase.create()) {
                boolean h2File = !TestPostgres.enabled();
                if (h2File) {
                    target.database().close(); // the command line opens the file itself
                }
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int peopleCode = SeatLedgerCli.run(target.cliArgs("import", "people", people.toString(), "--format", "csv"),
                    new PrintWriter(out, true), new PrintWriter(err, true));
                int licenseCode = SeatLedgerCli.run(target.cliArgs("import", "licenses", licenses.toString()),
                    new PrintWriter(out, true), new PrintWriter(err, true));

                assertThat(err.toString()).isEmpty();
                assertThat(peopleCode).isZero();
                assertThat(licenseCode).isZero();
                assertThat(out.toString()).contains("Imported people: 3 new, 0 updated, 0 unchanged")
                    .contains("Imported 3 licenses (3 new products, 0 new people, 0 seats assigned)");

                if (h2File) {
                    try (TestDatabase reopened = TestDatabase.in(target.folder())) {
                        assertSameData(source, reopened.services());
                    }
                } else {
                    assertSameData(source, target.services());
                }
            }
        }
    }

    private static void assertSameData(CliFixture source, AppServices s) {
        Map<String, LicenseDraft> licenses = new TreeMap<>();
        for (var row : s.licenseQuery().list(LicenseListRequest.all())) {
            licenses.put(row.productName(), CliFixture.comparable(s.licenses().draftOf(row.id())));
        }
        assertThat(licenses).containsOnlyKeys(source.licenses.keySet());
        source.licenses.forEach((product, expected) -> assertThat(licenses.get(product))
            .as(product).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
            .isEqualTo(expected));
        LicenseDraft figma = licenses.get("Figma");
        assertThat(figma.currency()).isEqualTo("USD");
        assertThat(figma.totalCost()).isEqualByComparingTo("450");
        assertThat(figma.purchaseOrder()).isEqualTo("PO-2025-077");
        assertThat(figma.notes()).isEqualTo("=cmd|' /C calc'!A0\nsecond line");

        List<String> products = new ArrayList<>();
        s.catalog().list(CatalogFilter.all()).forEach(p -> products.add(p.name() + " | " + p.publisher() + " | "
            + p.category()));
        assertThat(products).containsExactlyElementsOf(source.products);

        Map<String, PersonDraft> people = new TreeMap<>();
        for (var row : s.personQuery().list(PersonFilter.all())) {
            people.put(row.email(), s.people().draftOf(row.id()));
        }
        assertThat(people).isEqualTo(source.people);
        assertThat(people.get("cleo@example.com").status()).isEqualTo(PersonStatus.OFFBOARDED);
        assertThat(people.get("ben@example.com").displayName()).isEqualTo("+Ben Okafor");
    }
}
