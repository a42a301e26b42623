package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code seatledger currency}: an inventory in two currencies built through the command line is totalled in one base
 * currency once its rate is given, the base can change, and a bad code or rate names the option and changes nothing.
 */
class CurrencyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private TestDatabase db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir Path dir;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.create();
        if (!TestPostgres.enabled()) {
            db.database().close();
        }
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "name,email,department\nAna Lima,ana@example.com,Design\n");
        assertThat(run("import", "people", people.toString(), "--format", "csv")).as(err.toString()).isZero();
        Path licenses = dir.resolve("licenses.csv");
        Files.writeString(licenses, "Product,Publisher,Seats,Seat Type,Cost per Seat,Currency,Billing Cycle\n"
            + "Figma,Figma,2,user,100,EUR,annual\nSlack,Slack,4,user,50,USD,annual\n");
        assertThat(run("import", "licenses", licenses.toString(), "--format", "csv")).as(err.toString()).isZero();
        assertThat(run("assign", "--license", "2", "--person", "ana@example.com")).as(err.toString()).isZero();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int run(String... command) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return SeatLedgerCli.run(db.cliArgs(command), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonNode showback() throws Exception {
        assertThat(run("report", "showback", "--format", "json")).as(err.toString()).isZero();
        return JSON.readTree(out.toString());
    }

    @Test
    void ratesAndTheBaseCurrencyTotalBothCurrencies() throws Exception {
        assertThat(run("currency")).isZero();
        assertThat(out.toString()).contains("Base currency: EUR").contains("No rate yet for: USD");
        assertThat(showback().get("runRate").decimalValue()).as("USD left out").isEqualByComparingTo("200.00");

        assertThat(run("currency", "--rate", "USD=0.9", "--as-of", "2026-12-01")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 USD = 0.9 EUR (as of Dec 1, 2026)").doesNotContain("No rate yet");
        JsonNode inEuro = showback();
        // 200.00 EUR + 4 × 50 USD × 0.9; Ana's Slack seat is a quarter of Slack's 180.00 EUR
        assertThat(inEuro.get("runRate").decimalValue()).isEqualByComparingTo("380.00");
        assertThat(inEuro.get("departments").get(0).get("yearlyCost").decimalValue()).isEqualByComparingTo("45.00");

        assertThat(run("currency", "--base", "usd", "--rate", "EUR=1.25")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Base currency: USD").contains("1 EUR = 1.25 USD");
        JsonNode inDollars = showback();
        assertThat(inDollars.get("baseCurrency").asText()).isEqualTo("USD");
        assertThat(inDollars.get("runRate").decimalValue()).isEqualByComparingTo("450.00");

        assertThat(run("currency", "--remove", "eur")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("No rate yet for: EUR");
    }

    @Test
    void badInputNamesTheOptionAndChangesNothing() throws Exception {
        assertThat(run("currency", "--rate", "USD=0,9")).isEqualTo(1);
        assertThat(err.toString()).contains("--rate USD: \u201c0,9\u201d is not a rate");
        assertThat(run("currency", "--rate", "XYZ=2")).isEqualTo(1);
        assertThat(err.toString()).contains("--rate: \u201cXYZ\u201d is not an ISO 4217 currency code");
        assertThat(run("currency", "--rate", "EUR=2")).isEqualTo(1);
        assertThat(err.toString()).contains("--rate: EUR is the base currency");
        assertThat(run("currency", "--rate", "USD=0")).isEqualTo(1);
        assertThat(err.toString()).contains("--rate: The rate must be a number above zero");
        assertThat(run("currency", "--base", "dollars", "--rate", "EUR=1.1")).isEqualTo(1);
        assertThat(err.toString()).contains("--base: \u201cdollars\u201d is not an ISO 4217 currency code");
        assertThat(run("currency", "--base", "USD", "--rate", "EUR=1.1", "--rate", "XYZ=2")).isEqualTo(1);

        assertThat(run("currency")).isZero();
        assertThat(out.toString()).as("nothing was saved").contains("Base currency: EUR").contains("No rate yet for: USD")
            .doesNotContain("1 USD");
        assertThat(run("currency", "--base", "USD")).isZero();
        assertThat(out.toString()).as("the refused command saved no rate").doesNotContain("1 EUR");
    }
}
