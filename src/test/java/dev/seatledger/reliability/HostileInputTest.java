package dev.seatledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.FieldError;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.importing.CsvTable;
import dev.seatledger.core.importing.DirectoryPreset;
import dev.seatledger.core.importing.ImportIssue;
import dev.seatledger.core.importing.LicenseColumns;
import dev.seatledger.core.importing.LicenseImport;
import dev.seatledger.core.importing.PeopleImport;
import dev.seatledger.core.telemetry.ImportError;
import dev.seatledger.core.telemetry.JsonTelemetry;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.SeatLedgerCsvTelemetry;
import dev.seatledger.testing.TableCounts;
import dev.seatledger.testing.TestDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seeded hostile inputs for every importer: truncated files, wrong encodings, huge fields, a line with
 * a million columns, NUL bytes, deeply nested JSON, formula payloads. Each must end in a valid import or a refusal
 * in words — the project's own validation exceptions, plan issues and parse errors, or the CSV reader's "not valid
 * CSV" — never a crash, a hang, an exception class name, or a partial write: every table of the test's own database
 * is counted before and after each refusal.
 */
class HostileInputTest {
    private static final long SEED = 20261127L;
    /** A JDK or library exception's name in a message: "NumberFormatException", "java.time.format....". */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b"
        + "|\\bjava(x)?\\.[a-z]+\\.|\\b(com|org)\\.[a-z]+\\.[a-z]+\\.[A-Z]");
    /** The JDK's own words for a parse failure, passed on as they are: "For input string: ...", "Text ... could not be parsed". */
    private static final Pattern JDK_TEXT = Pattern.compile("For input string|could not be parsed|out of bounds for length"
        + "|Character array is missing|is neither a decimal digit|Cannot invoke|^null$");
    private static int cases;
    private static int refusals;
    private TestDatabase db;
    private AppServices s;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @AfterAll
    static void report() {
        System.out.println("HostileInputTest: " + cases + " hostile inputs run, " + refusals
            + " refusals with every table unchanged");
    }

    static List<String> corpus(String valid) {
        Random rnd = new Random(SEED);
        List<String> out = new ArrayList<>();
        for (int cut = 1; cut < valid.length(); cut += Math.max(1, valid.length() / 25)) {
            out.add(valid.substring(0, cut));
        }
        out.add(valid.replace(',', '\u0000'));
        out.add("\u0000".repeat(1000));
        out.add(valid + "\n" + "x,".repeat(1_000_000));
        out.add(valid.replaceFirst("\n", "\n\"" + "A".repeat(2_000_000) + "\","));
        out.add(valid.replace("a", "=cmd|' /C calc'!A0").replace("e", "@SUM(1+1)"));
        out.add(new String(valid.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1));
        out.add("[".repeat(5000) + "]".repeat(5000));
        out.add("{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
        out.add("\"unterminated,quote\n" + valid);
        for (int i = 0; i < 25; i++) {
            char[] chars = valid.toCharArray();
            for (int k = 0; k < 1 + rnd.nextInt(8); k++) {
                chars[rnd.nextInt(chars.length)] = (char) rnd.nextInt(0x2FFF);
            }
            out.add(new String(chars));
        }
        return out;
    }

    /** A message the user reads: words, never blank, never an exception's class name or its bare JDK text. */
    private static void inWords(String message) {
        assertThat(message).as("a refusal's message").isNotBlank();
        assertThat(CLASS_NAME.matcher(message).find()).as("an exception class name in \"%s\"", message).isFalse();
        assertThat(JDK_TEXT.matcher(message).find()).as("a JDK exception's own text in \"%s\"", message).isFalse();
    }

    /**
     * Runs {@code importer} on each hostile input within 30 s. It returns the messages of the problems it reported
     * (empty when the file imported); a refusal may also be the project's own ValidationException or
     * BusinessRuleException. Any other exception fails the test.
     */
    private void hostile(String valid, java.util.function.Function<String, List<String>> importer) {
        for (String input : corpus(valid)) {
            cases++;
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> importer.apply(input).forEach(HostileInputTest::inWords));
        }
    }

    /**
     * Writes through {@code write}; when it refuses with the project's own exception, its messages are words and
     * every table holds the rows it held before. Returns the refusal's messages (empty when it wrote).
     */
    private List<String> writeOrRefuse(Supplier<?> write) {
        Map<String, Long> before = TableCounts.of(s.tx());
        try {
            write.get();
            return List.of();
        } catch (ValidationException e) {
            refused(before);
            return e.errors().stream().map(FieldError::message).toList();
        } catch (BusinessRuleException e) {
            refused(before);
            return List.of(e.getMessage());
        }
    }

    private void refused(Map<String, Long> before) {
        refusals++;
        assertThat(TableCounts.of(s.tx())).as("rows in every table after a refused import").isEqualTo(before);
    }

    /** The CSV reader's own refusal ("The file is not valid CSV: ...") is an answer in words too. */
    private static CsvTable table(String text, List<String> problems) {
        try {
            return CsvTable.parse(text);
        } catch (IOException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static List<String> issues(List<ImportIssue> issues) {
        return issues.stream().map(ImportIssue::message).toList();
    }

    @Test
    void snipeItAndGenericLicenseImportsNeverWriteHalfAFile() {
        String valid = "Item Name,Manufacturer,Seats,Purchase Cost,Expiration Date,Email\n"
            + "Slack,Slack,10,$100.00,01/31/2027,ana@example.com\nZoom,Zoom,5,50,2027-01-31,\n";
        LicenseImport importer = s.licenseImport();
        hostile(valid, text -> {
            List<String> problems = new ArrayList<>();
            CsvTable t = table(text, problems);
            for (LicenseColumns cols : t == null ? List.<LicenseColumns>of() : List.of(LicenseColumns.snipeIt(),
                    LicenseColumns.guess(t.headers()))) {
                LicenseImport.Plan plan = importer.plan(t, cols, "EUR");
                problems.addAll(issues(plan.issues()));
                problems.addAll(writeOrRefuse(() -> importer.apply(plan, false)));
                if (!plan.valid()) {
                    problems.addAll(writeOrRefuse(() -> importer.apply(plan, true)));
                }
            }
            return problems;
        });
    }

    @Test
    void directoryImportsSurviveHostileFiles() {
        String valid = "userPrincipalName,displayName,mail,department,accountEnabled\n"
            + "ana@example.com,Ana,ana@example.com,Design,True\nben@example.com,Ben,,Sales,False\n";
        PeopleImport importer = s.peopleImport();
        hostile(valid, text -> {
            List<String> problems = new ArrayList<>();
            CsvTable t = table(text, problems);
            for (DirectoryPreset preset : t == null ? List.<DirectoryPreset>of() : List.of(DirectoryPreset.values())) {
                PeopleImport.Plan plan = importer.plan(t, preset);
                problems.addAll(issues(plan.issues()));
                problems.addAll(writeOrRefuse(() -> importer.apply(plan, false)));
                if (!plan.valid()) {
                    problems.addAll(writeOrRefuse(() -> importer.apply(plan, true)));
                }
            }
            return problems;
        });
    }

    /**
     * Imports parsed telemetry as the command line does: refused whole when the file has problems, and with
     * {@code --skip-invalid} the records read.
     */
    private List<String> importTelemetry(ParsedTelemetry parsed) {
        List<String> problems = new ArrayList<>(parsed.errors().stream().map(ImportError::message).toList());
        problems.addAll(writeOrRefuse(() -> s.telemetryImporter().importParsed(parsed, Progress.NONE)));
        if (!parsed.valid()) {
            problems.addAll(writeOrRefuse(() -> s.telemetryImporter().importParsed(
                new ParsedTelemetry(parsed.records(), List.of()), Progress.NONE)));
        }
        return problems;
    }

    private interface Parser {
        ParsedTelemetry parse(String text) throws IOException;
    }

    private List<String> telemetry(String text, Parser parser) {
        try {
            return importTelemetry(parser.parse(text));
        } catch (IOException e) {
            throw new AssertionError("the parser read a string and failed with " + e, e);
        }
    }

    @Test
    void telemetryCsvImportsSurviveHostileFiles() {
        String csv = "device,user_email,application,installed,last_used\nh1,ana@example.com,Slack,yes,2026-03-01\n";
        hostile(csv, text -> telemetry(text, t -> SeatLedgerCsvTelemetry.parse(new StringReader(t), db.clock().instant())));
    }

    @Test
    void telemetryJsonImportsSurviveHostileFiles() {
        String log = "{\"name\":\"apps\",\"hostIdentifier\":\"h1\",\"unixTime\":1773478800,\"action\":\"snapshot\","
            + "\"snapshot\":[{\"name\":\"Slack.app\",\"bundle_identifier\":\"com.tinyspeck.slackmacgap\",\"last_opened_time\":\"1773392400\"}]}\n";
        hostile(log, text -> telemetry(text, t -> JsonTelemetry.parse(new StringReader(t), "host-x", null,
            db.clock().instant())));
    }
}
