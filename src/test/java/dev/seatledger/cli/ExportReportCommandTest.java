package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.core.exporting.LicenseCsvExport;
import dev.seatledger.core.exporting.PeopleCsvExport;
import dev.seatledger.core.finance.AgendaCsvExport;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReportCommandTest {
    private static CliFixture f;

    @BeforeAll
    static void seed() {
        f = new CliFixture().seed();
    }

    @AfterAll
    static void close() {
        if (f != null) {
            f.close();
        }
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return p.getRecords();
        }
    }

    private static List<String> headers(String text) throws Exception {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(text))) {
            return p.getHeaderNames();
        }
    }

    private static Map<String, CSVRecord> by(List<CSVRecord> rows, String column) {
        return rows.stream().collect(Collectors.toMap(r -> r.get(column), Function.identity()));
    }

    @Test
    void licensesExportEveryFieldAsPlainValuesWithoutKeysOrFormulas() throws Exception {
        assertThat(f.run("export", "licenses")).isZero();
        String text = f.out.toString();

        assertThat(headers(text)).isEqualTo(LicenseCsvExport.HEADERS);
        Map<String, CSVRecord> rows = by(csv(text), "Product");
        assertThat(rows).containsOnlyKeys("Figma", "JetBrains All Products Pack", "Acme, \"Pro\" Tools");
        CSVRecord figma = rows.get("Figma");
        assertThat(figma.get("License ID")).isEqualTo(String.valueOf(f.figma));
        assertThat(figma.get("Seats")).isEqualTo("10");
        assertThat(figma.get("Seats Used")).isEqualTo("1");
        assertThat(figma.get("Cost per Seat")).isEqualTo("45.00");
        assertThat(figma.get("Total Cost")).isEqualTo("450.00");
        assertThat(figma.get("Currency")).isEqualTo("USD");
        assertThat(figma.get("Billing Cycle")).isEqualTo("monthly");
        assertThat(figma.get("Renewal Date")).isEqualTo(CliFixture.TODAY.plusDays(20).toString());
        assertThat(figma.get("Auto Renew")).isEqualTo("yes");
        assertThat(figma.get("Purchase Order")).isEqualTo("PO-2025-077");
        assertThat(figma.get("Notes")).isEqualTo("'=cmd|' /C calc'!A0\nsecond line");
        CSVRecord jetbrains = rows.get("JetBrains All Products Pack");
        assertThat(jetbrains.get("Seat Type")).isEqualTo("unlimited");
        assertThat(jetbrains.get("Seats")).isEmpty();
        assertThat(jetbrains.get("Total Cost")).isEqualTo("1299.50");
        CSVRecord tools = rows.get("Acme, \"Pro\" Tools");
        assertThat(tools.get("Publisher")).isEqualTo("'@Acme");
        assertThat(tools.get("License Name")).isEqualTo("'-Site");
        assertThat(tools.get("Purchase Order")).isEqualTo("'+PO 12");
        assertThat(tools.get("Custom Annual Cost")).isEqualTo("120.125");
        assertThat(text).doesNotContain(CliFixture.KEY).doesNotContain("FIGMA-SECRET");
        assertThat(f.err.toString()).isEmpty();
    }

    @Test
    void exportToAFileSaysWhereAndHowMany(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/licenses.csv");
        assertThat(f.run("export", "licenses", "--out", file.toString())).isZero();

        assertThat(f.out.toString().strip()).isEqualTo("Exported 3 licenses to " + file.toAbsolutePath());
        assertThat(csv(Files.readString(file))).hasSize(3);
        assertThat(Files.list(file.getParent())).containsExactly(file.toAbsolutePath());
    }

    @Test
    void aDashForOutMeansStandardOutputAndAPdfNeedsAFile(@TempDir Path dir) throws Exception {
        assertThat(f.run("export", "people", "--out", "-")).isZero();
        assertThat(csv(f.out.toString())).hasSize(3);
        assertThat(Path.of("-")).doesNotExist();
        assertThat(f.run("export", "compliance", "--format", "pdf")).as("a PDF is not text for a terminal").isEqualTo(2);
        assertThat(f.err.toString()).contains("export compliance as a PDF writes a file: give --out FILE.pdf.");
        assertThat(f.out.toString()).isEmpty();
    }

    @Test
    void peopleAndAssignmentsExport() throws Exception {
        assertThat(f.run("export", "people")).isZero();
        assertThat(headers(f.out.toString())).isEqualTo(PeopleCsvExport.HEADERS);
        Map<String, CSVRecord> people = by(csv(f.out.toString()), "email");
        assertThat(people.get("ana.lima@example.com").toList()).containsExactly("Ana Lima", "ana.lima@example.com",
            "Design", "Designer", "Dana Ortiz", "E100", "active", "2026-03-01", "", "1", "", "");
        assertThat(people.get("ben@example.com").toList()).containsExactly("'+Ben Okafor", "ben@example.com", "Finance",
            "'@Analyst", "", "E200", "inactive", "", "2026-06-30", "1", "", "");
        assertThat(people.get("cleo@example.com").get("status")).isEqualTo("offboarded");

        assertThat(f.run("export", "assignments")).isZero();
        List<CSVRecord> seats = csv(f.out.toString());
        assertThat(seats).extracting(r -> r.get("Product"), r -> r.get("Email"), r -> r.get("Access Level"))
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Acme, \"Pro\" Tools", "ben@example.com", ""),
                org.assertj.core.groups.Tuple.tuple("Figma", "ana.lima@example.com", "Editor"));
        assertThat(seats.get(1).get("License ID")).isEqualTo(String.valueOf(f.figma));
        assertThat(seats.get(1).get("Assigned By")).isEqualTo("tester");
    }

    @Test
    void renewalsExportAsCsvAndAsCalendar() throws Exception {
        assertThat(f.run("export", "renewals")).isZero();
        assertThat(headers(f.out.toString())).isEqualTo(AgendaCsvExport.headers());
        assertThat(csv(f.out.toString())).extracting(r -> r.get(1))
            .containsExactly(CliFixture.TODAY.plusDays(20).toString(), CliFixture.TODAY.plusDays(30).toString());

        assertThat(f.run("export", "renewals", "--format", "ics")).isZero();
        String ics = f.out.toString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("PRODID:-//SeatLedger//Renewals//EN");
        assertThat(ics.lines().filter(l -> l.startsWith("BEGIN:VEVENT"))).hasSize(2);
        assertThat(ics).contains("Figma").doesNotContain(CliFixture.KEY);
    }

    @Test
    void utilizationReportAsCsvAndJson() throws Exception {
        assertThat(f.run("report", "utilization")).isZero();
        Map<String, CSVRecord> rows = by(csv(f.out.toString()), "Product");
        assertThat(rows.get("Figma").get("Seats Used")).isEqualTo("1");
        assertThat(rows.get("Figma").get("Fill %")).isEqualTo("10.0");
        assertThat(rows.get("Figma").get("Base Currency")).isEqualTo("EUR");

        assertThat(f.run("report", "utilization", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(f.out.toString());
        assertThat(json.get("baseCurrency").asText()).isEqualTo("EUR");
        JsonNode figma = null;
        for (JsonNode l : json.get("licenses")) {
            if (l.get("licenseId").asLong() == f.figma) {
                figma = l;
            }
        }
        assertThat(figma).isNotNull();
        assertThat(figma.get("seatsUsed").asInt()).isEqualTo(1);
        assertThat(figma.get("seatsTotal").asInt()).isEqualTo(10);
        assertThat(figma.get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void spendReportConvertsWithTheRateTableAndNamesWhatHasNoRate() throws Exception {
        assertThat(f.run("report", "spend", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(f.out.toString());
        assertThat(json.get("baseCurrency").asText()).isEqualTo("EUR");
        // Figma: 450 USD a month = 5,400 USD a year = 4,860 EUR; the GBP license has no rate
        assertThat(json.get("runRate").decimalValue()).isEqualByComparingTo("4860.00");
        assertThat(json.get("missingRates").get(0).get("currency").asText()).isEqualTo("GBP");
        assertThat(json.get("forecast")).hasSize(12);

        assertThat(f.run("report", "spend")).isZero();
        List<CSVRecord> rows = csv(f.out.toString());
        assertThat(rows.get(0).toList()).containsExactly("runRate", "", "4860.00", "EUR");
        assertThat(rows).anySatisfy(r -> assertThat(r.toList()).containsExactly("category", "Design", "4860.00", "EUR"));
    }

    @Test
    void renewalsReportAsJson() throws Exception {
        assertThat(f.run("report", "renewals", "--format", "JSON")).isZero();
        JsonNode json = new ObjectMapper().readTree(f.out.toString());
        assertThat(json.get("dates")).hasSize(2);
        assertThat(json.get("dates").get(0).get("product").asText()).isEqualTo("Figma");
        assertThat(json.get("dates").get(0).get("kind").asText()).isEqualTo("RENEWAL");
        assertThat(json.get("dates").get(0).get("date").asText()).isEqualTo(CliFixture.TODAY.plusDays(20).toString());
    }

    @Test
    void badNamesAndFormatsAreUsageErrorsThatNameTheOption() {
        assertThat(f.run("export", "licenses", "--format", "xlsx")).isEqualTo(2);
        assertThat(f.err.toString()).contains("Unknown --format 'xlsx': use csv.");
        assertThat(f.out.toString()).isEmpty();

        assertThat(f.run("export", "people", "--format", "ics")).isEqualTo(2);
        assertThat(f.err.toString()).contains("--format ics is only for renewals");

        assertThat(f.run("export", "widgets")).isEqualTo(2);
        assertThat(f.err.toString()).contains("Unknown export 'widgets'");

        assertThat(f.run("report", "spend", "--format", "xml")).isEqualTo(2);
        assertThat(f.err.toString()).contains("Unknown --format 'xml': use csv or json.");

        assertThat(f.run("report", "costs")).isEqualTo(2);
        assertThat(f.err.toString()).contains("Unknown report 'costs'");

        assertThat(f.run("report")).isEqualTo(2);
        assertThat(f.err.toString()).contains("Missing required parameter: 'REPORT'");
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String command : List.of("export", "report", "import licenses", "import people", "import telemetry",
                "assign", "revoke", "backup", "restore", "outbox send", "outbox export", "database", "catalog", "demo")) {
            String[] args = (command + " --help").split(" ");
            assertThat(SeatLedgerCli.run(args, new java.io.PrintWriter(f.out, true), new java.io.PrintWriter(f.err, true)))
                .as(command).isZero();
            assertThat(f.out.toString()).as(command).contains("Usage: seatledger " + command);
        }
    }
}
