package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's renewal cycle through the command line only, against a hand calculation: people and a license
 * imported, three seats assigned, two seats added today, the license renewed, then the compliance position, showback,
 * spend forecast and review pack read back. Dates are relative to the real today, as the command line uses it.
 */
class RenewalLifecycleCliTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate START = TODAY.minusDays(200);
    private static final LocalDate END = TODAY.plusDays(164);

    private final CliFixture cli = new CliFixture().empty();
    @TempDir Path dir;

    @AfterEach
    void close() {
        cli.close();
    }

    private void inventory() throws Exception {
        Path people = dir.resolve("people.csv");
        Files.writeString(people, "name,email,department,cost_centre\nAna Lima,ana@example.com,Design,CC-1\n"
            + "Ben Okafor,ben@example.com,Design,CC-1\nCleo Park,cleo@example.com,Sales,CC-2\n");
        assertThat(cli.run("import", "people", people.toString(), "--format", "csv")).as(cli.err.toString()).isZero();
        Path licenses = dir.resolve("licenses.csv");
        Files.writeString(licenses, "Product,Publisher,Seats,Seat Type,Cost per Seat,Currency,Billing Cycle,Start Date,"
            + "Expiry Date\nFigma,Figma,4,user,100,EUR,annual," + START + "," + END + "\n");
        assertThat(cli.run("import", "licenses", licenses.toString(), "--format", "csv")).as(cli.err.toString()).isZero();
        for (String p : new String[] {"ana", "ben", "cleo"}) {
            assertThat(cli.run("assign", "--license", "1", "--person", p + "@example.com")).as(cli.err.toString()).isZero();
        }
    }

    @Test
    void aSmallInventoryRenewedAndGrownMatchesTheHandCalculation() throws Exception {
        inventory();
        // 2 seats × 100.00 × (today to the end: 165 days) / (the term: 365 days)
        BigDecimal prorated = new BigDecimal("200").multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(TODAY, END) + 1))
            .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(START, END) + 1), 2, RoundingMode.HALF_UP);
        assertThat(cli.run("add-seats", "--license", "1", "--seats", "2", "--from", TODAY.toString())).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("2 seats added to license 1").contains("(term 1)");
        assertThat(cli.run("renew", "--license", "1", "--end", END.plusYears(1).toString(), "--per-seat", "110"))
            .as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("License 1 renewed: term 2 added");

        JsonNode compliance = cli.json("report", "compliance", "--format", "json");
        JsonNode figma = compliance.get("products").get(0);
        assertThat(figma.get("product").asText()).isEqualTo("Figma");
        assertThat(figma.get("entitled").asInt()).isEqualTo(6);
        assertThat(figma.get("assigned").asInt()).isEqualTo(3);
        assertThat(figma.get("installed").asInt()).isZero();
        assertThat(figma.get("active").asInt()).isZero();
        assertThat(figma.get("shortfall").asInt()).isZero();
        assertThat(figma.get("surplus").asInt()).isEqualTo(6);
        assertThat(figma.get("shelfware").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(figma.get("currency").asText()).isEqualTo("EUR");

        JsonNode showback = cli.json("report", "showback", "--format", "json");
        assertThat(showback.get("baseCurrency").asText()).isEqualTo("EUR");
        assertThat(showback.get("departments")).extracting(d -> d.get("department").asText() + " " + d.get("seats").asInt()
            + " " + d.get("yearlyCost").decimalValue().setScale(2, RoundingMode.HALF_UP)).containsExactly("Design 2 200.00",
                "Sales 1 100.00");
        assertThat(showback.get("unallocated").get("seats").asInt()).isEqualTo(3);
        assertThat(showback.get("unallocated").get("yearlyCost").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(showback.get("runRate").decimalValue()).isEqualByComparingTo("600.00");
        JsonNode byCostCentre = cli.json("report", "showback", "--by", "cost-centre", "--format", "json");
        assertThat(byCostCentre.get("costCentres").get(0).get("costCentre").asText()).isEqualTo("CC-1");

        JsonNode spend = cli.json("report", "spend", "--format", "json");
        assertThat(spend.get("runRate").decimalValue()).isEqualByComparingTo("600.00");
        // the prorated seats this month, the second term's 6 × 110.00 on its first day
        assertThat(spend.get("forecastTotal").decimalValue()).isEqualByComparingTo(prorated.add(new BigDecimal("660.00")));

        Path pack = dir.resolve("pack.pdf");
        assertThat(cli.run("export", "review-pack", "--license", "1", "--out", pack.toString())).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).startsWith("Exported the review pack of 1 license to ");
        try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Bought: 6 \u00b7 Assigned: 3 \u00b7 Active: 0").contains("+2");
        }
        Path compliancePdf = dir.resolve("compliance.pdf");
        assertThat(cli.run("export", "compliance", "--format", "pdf", "--out", compliancePdf.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(compliancePdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Compliance position", "Figma");
        }
        assertThat(cli.run("export", "compliance")).isZero();
        assertThat(cli.out.toString()).startsWith("product,seatType,entitled,assigned,installed,active,shortfall,surplus,"
            + "exposure,shelfware,currency");
    }

    @Test
    void badInputNamesTheOptionAndChangesNothing() throws Exception {
        inventory();
        assertThat(cli.run("renew", "--license", "99", "--end", END.plusYears(1).toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--license: No license with id 99");
        assertThat(cli.run("renew", "--license", "1", "--end", END.minusDays(10).toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--end: The end date");
        assertThat(cli.run("renew", "--license", "1", "--end", END.plusYears(1).toString(), "--per-seat", "1", "--total", "2"))
            .isEqualTo(2);
        assertThat(cli.err.toString()).contains("--per-seat").contains("--total");
        assertThat(cli.run("renew", "--license", "1", "--end", END.plusYears(1).toString(), "--seats", "-3")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--seats: Seats must be a whole number of at least 1");
        assertThat(cli.run("add-seats", "--license", "1", "--seats", "-1", "--from", TODAY.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--seats:");
        assertThat(cli.run("add-seats", "--license", "1", "--seats", "1", "--from", END.plusDays(1).toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--from: No term of this license holds");
        assertThat(cli.run("add-seats", "--license", "1", "--seats", "1", "--from", "yesterday")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--from");
        assertThat(cli.run("export", "review-pack")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--out");
        assertThat(cli.run("export", "review-pack", "--license", "99", "--out", dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--license: No license with id 99");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
        assertThat(cli.run("report", "showback", "--by", "team")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("--by 'team'");

        JsonNode compliance = cli.json("report", "compliance", "--format", "json");
        assertThat(compliance.get("products").get(0).get("entitled").asInt()).as("nothing was changed").isEqualTo(4);
    }
}
