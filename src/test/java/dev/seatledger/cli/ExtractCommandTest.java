package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.core.document.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
