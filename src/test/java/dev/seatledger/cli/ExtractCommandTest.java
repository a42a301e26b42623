package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.core.document.TestFiles;
import dev.seatledger.testing.CliProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract}: proposals as JSON or text, from real files, with no data folder and no database touched. */
class ExtractCommandTest {
    private static final Path CORPUS = Path.of("src/test/resources/contracts/corpus/batch1");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SeatLedgerCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void jsonGivesOneObjectPerFileWithPlainValuesAndLeavesNoDataFolderBehind(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("never-created");
        int code = run("--data-dir", dataDir.toString(), "extract", CORPUS.resolve("en-03-why-order-form.pdf").toString(),
            "--format", "json");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(dataDir).doesNotExist();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.path("file").asText()).endsWith("en-03-why-order-form.pdf");
        JsonNode f = doc.path("fields");
        assertThat(f.path("seats").path("value").isInt()).isTrue();
        assertThat(f.path("seats").path("value").asInt()).isEqualTo(450);
        assertThat(f.path("start").path("value").asText()).isEqualTo("2026-04-01");
        assertThat(f.path("expiry").path("value").asText()).isEqualTo("2027-03-31");
        assertThat(f.path("total").path("value").asText()).isEqualTo("54000.00");
        assertThat(f.path("per_seat").path("value").asText()).isEqualTo("120.00");
        assertThat(f.path("per_seat").path("derived").asBoolean()).isTrue();
        assertThat(f.path("auto_renew").path("value").isBoolean()).isTrue();
        assertThat(f.path("billing_cycle").path("value").asText()).isEqualTo("annual");
        assertThat(f.path("currency").path("value").asText()).isEqualTo("USD");
        assertThat(f.path("total").path("source").asText()).isEqualTo("Fees: USD 54,000.00 per year");
        assertThat(f.path("total").path("confidence").asDouble()).isBetween(0.8, 1.0);
        Set<String> names = new TreeSet<>();
        f.fieldNames().forEachRemaining(names::add);
        assertThat(names).isSubsetOf("product", "publisher", "seats", "start", "expiry", "renewal", "auto_renew",
            "notice_days", "total", "per_seat", "currency", "billing_cycle", "po", "invoice")
            .doesNotContain("po", "invoice", "renewal");
    }

    /**
     * As a script runs it (its own JVM with the real logging): a PDF, a Word file and an e-mail give the terms their
     * expected sidecars list, with the issue's names and value shapes, and an empty data folder stays empty.
     */
    @Test
    void aSeparateProcessPrintsTheIssuesShapeAndWritesNothingInTheDataFolder(@TempDir Path dataDir) throws Exception {
        Path root = CORPUS.getParent();
        List<Path> files = List.of(root.resolve("heldout2/en-k04-column-order-form.pdf"),
            root.resolve("batch1/fr-32-contrat-licence.docx"), root.resolve("heldout/nl-h14-verlenging-email.eml"));
        CliProcess.Result r = CliProcess.run("--data-dir", dataDir.toString(), "extract", files.get(0).toString(),
            files.get(1).toString(), files.get(2).toString(), "--format", "json", "--min-confidence", "0.8");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        try (Stream<Path> left = Files.list(dataDir)) {
            assertThat(left).as("files in the data folder").isEmpty();
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode all = json.readTree(r.out());
        assertThat(all.size()).isEqualTo(3);
        for (int i = 0; i < files.size(); i++) {
            JsonNode doc = all.get(i);
            assertThat(doc.path("file").asText()).isEqualTo(files.get(i).toString());
            Map<String, Object> values = new TreeMap<>();
            doc.path("fields").fields().forEachRemaining(e -> {
                values.put(e.getKey(), shaped(e.getKey(), e.getValue()));
            });
            String name = files.get(i).getFileName().toString();
            JsonNode expected = json.readTree(files.get(i).resolveSibling(name.substring(0, name.lastIndexOf('.'))
                + ".expected.json").toFile());
            Map<String, Object> want = new TreeMap<>();
            expected.fields().forEachRemaining(e -> want.put(e.getKey(), e.getValue().isInt() ? e.getValue().intValue()
                : e.getValue().isBoolean() ? e.getValue().booleanValue() : e.getValue().asText()));
            assertThat(values).as(name).isEqualTo(want);
        }
    }

    /** The field's value after checking the shape the issue gives it: value, confidence and source; typed values. */
    private static Object shaped(String field, JsonNode f) {
        assertThat(f.path("confidence").isNumber()).as(field).isTrue();
        assertThat(f.path("confidence").asDouble()).as(field).isBetween(0.8, 1.0);
        assertThat(f.path("source").asText()).as(field).isNotBlank();
        JsonNode v = f.path("value");
        switch (field) {
            case "seats", "notice_days" -> assertThat(v.isInt()).as(field).isTrue();
            case "auto_renew" -> assertThat(v.isBoolean()).as(field).isTrue();
            case "start", "expiry", "renewal" -> assertThat(v.asText()).as(field).matches("\\d{4}-\\d{2}-\\d{2}");
            case "total", "per_seat" -> assertThat(v.asText()).as(field).matches("\\d+\\.\\d{2}");
            case "currency" -> assertThat(v.asText()).as(field).matches("[A-Z]{3}");
            case "billing_cycle" -> assertThat(v.asText()).as(field)
                .isIn("monthly", "quarterly", "annual", "biennial", "one_time", "custom");
            default -> assertThat(v.isTextual()).as(field).isTrue();
        }
        return v.isInt() ? v.intValue() : v.isBoolean() ? v.booleanValue() : v.asText();
    }

    @Test
    void severalFilesGiveAnArrayAndAnUnreadableOneSaysWhyWithExitCode1(@TempDir Path dir) throws Exception {
        Path scan = TestFiles.scannedPdf(dir.resolve("scan.pdf"));
        int code = run("extract", CORPUS.resolve("de-22-rechnung.docx").toString(), scan.toString(), "--format", "json");

        assertThat(code).isEqualTo(1);
        JsonNode all = new ObjectMapper().readTree(out.toString());
        assertThat(all.isArray()).isTrue();
        assertThat(all.get(0).path("fields").path("invoice").path("value").asText()).isEqualTo("RE-2026-04518");
        assertThat(all.get(1).path("fields").size()).isZero();
        assertThat(all.get(1).path("error").asText()).startsWith("This PDF has no text layer (scanned?)");
        assertThat(err.toString()).contains("This PDF has no text layer (scanned?): scan.pdf contains only images");
    }

    @Test
    void textListsEachFieldWithConfidenceAndSourceAndSaysWhenNothingWasFound(@TempDir Path dir) throws Exception {
        Path lunch = Files.writeString(dir.resolve("lunch.txt"), "Lunch is at noon on Friday.");
        int code = run("extract", CORPUS.resolve("fr-31-devis.pdf").toString(), lunch.toString());

        assertThat(code).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Seats").contains("12").contains("%"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Term end (expiry)").contains("2027-04-30 *"));
        assertThat(out.toString()).contains("No license terms were found in " + lunch);
    }

    @Test
    void minConfidenceFiltersAndBadOptionsAreUsageErrors() throws Exception {
        run("extract", CORPUS.resolve("en-04-why-monthly-quote.txt").toString(), "--format", "json", "--min-confidence",
            "0.95");
        assertThat(new ObjectMapper().readTree(out.toString()).path("fields").size()).isZero();
        assertThat(run("extract", "x.pdf", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown --format “xml”: use json or text.");
        assertThat(run("extract")).isEqualTo(2);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(run("extract", "no-such-contract.pdf")).isEqualTo(1);
        assertThat(err.toString()).contains("no-such-contract.pdf does not exist or is not a file.");
    }
}
