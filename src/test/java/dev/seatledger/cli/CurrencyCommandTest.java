package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
    private final CliFixture cli = new CliFixture().empty();
    @TempDir Path dir;

    @BeforeEach
    void inventory() throws Exception {
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "name,email,department\nAna Lima,ana@example.com,Design\n");
        assertThat(cli.run("import", "people", people.toString(), "--format", "csv")).as(cli.err.toString()).isZero();
        Path licenses = dir.resolve("licenses.csv");
        Files.writeString(licenses, "Product,Publisher,Seats,Seat Type,Cost per Seat,Currency,Billing Cycle\n"
            + "Figma,Figma,2,user,100,EUR,annual\nSlack,Slack,4,user,50,USD,annual\n");
        assertThat(cli.run("import", "licenses", licenses.toString(), "--format", "csv")).as(cli.err.toString()).isZero();
        assertThat(cli.run("assign", "--license", "2", "--person", "ana@example.com")).as(cli.err.toString()).isZero();
    }

    @AfterEach
    void close() {
        cli.close();
    }

    private JsonNode showback() throws Exception {
        return cli.json("report", "showback", "--format", "json");
    }

    @Test
    void ratesAndTheBaseCurrencyTotalBothCurrencies() throws Exception {
        assertThat(cli.run("currency")).isZero();
        assertThat(cli.out.toString()).contains("Base currency: EUR").contains("No rate yet for: USD");
        assertThat(showback().get("runRate").decimalValue()).as("USD left out").isEqualByComparingTo("200.00");

        assertThat(cli.run("currency", "--rate", "USD=0.9", "--as-of", "2026-12-01")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("1 USD = 0.9 EUR (as of Dec 1, 2026)").doesNotContain("No rate yet");
        JsonNode inEuro = showback();
        // 200.00 EUR + 4 × 50 USD × 0.9; Ana's Slack seat is a quarter of Slack's 180.00 EUR
        assertThat(inEuro.get("runRate").decimalValue()).isEqualByComparingTo("380.00");
        assertThat(inEuro.get("departments").get(0).get("yearlyCost").decimalValue()).isEqualByComparingTo("45.00");

        assertThat(cli.run("currency", "--base", "usd", "--rate", "EUR=1.25")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("Base currency: USD").contains("1 EUR = 1.25 USD");
        JsonNode inDollars = showback();
        assertThat(inDollars.get("baseCurrency").asText()).isEqualTo("USD");
        assertThat(inDollars.get("runRate").decimalValue()).isEqualByComparingTo("450.00");

        assertThat(cli.run("currency", "--remove", "eur")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("No rate yet for: EUR");
    }

    @Test
    void badInputNamesTheOptionAndChangesNothing() throws Exception {
        assertThat(cli.run("currency", "--rate", "USD=0,9")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--rate USD: \u201c0,9\u201d is not a rate");
        assertThat(cli.run("currency", "--rate", "XYZ=2")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--rate: \u201cXYZ\u201d is not an ISO 4217 currency code");
        assertThat(cli.run("currency", "--rate", "EUR=2")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--rate: EUR is the base currency");
        assertThat(cli.run("currency", "--rate", "USD=0")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--rate: The rate must be a number above zero");
        assertThat(cli.run("currency", "--base", "dollars", "--rate", "EUR=1.1")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--base: \u201cdollars\u201d is not an ISO 4217 currency code");
        assertThat(cli.run("currency", "--base", "USD", "--rate", "EUR=1.1", "--rate", "XYZ=2")).isEqualTo(1);

        assertThat(cli.run("currency")).isZero();
        assertThat(cli.out.toString()).as("nothing was saved").contains("Base currency: EUR").contains("No rate yet for: USD")
            .doesNotContain("1 USD");
        assertThat(cli.run("currency", "--base", "USD")).isZero();
        assertThat(cli.out.toString()).as("the refused command saved no rate").doesNotContain("1 EUR");
    }
}
