package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.CliProcess;
import dev.seatledger.testing.TestDatabase;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code seatledger} as a script runs it, in a process of its own with the real logging: standard output carries the
 * command's output and nothing else, standard error nothing unless something failed or {@code --verbose} is given,
 * and the data folder's log file keeps every line.
 */
@AboutH2
class QuietCommandLineTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void database() {
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            db.services().products().create(ProductDraft.of("Figma", "Figma", "Design"));
            db.services().products().create(ProductDraft.of("Slack", "Slack Technologies", "Communication"));
        }
    }

    @Test
    void catalogPrintsOnlyCsvOnStandardOutputAndNothingOnStandardError() throws Exception {
        CliProcess.Result r = CliProcess.run("--data-dir", dir.toString(), "catalog");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(r.out())).getRecords();
        assertThat(rows.get(0).values()).containsExactly("name", "publisher", "category", "grade", "licenses", "seats");
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.size()).isEqualTo(6));
        assertThat(rows.get(1).get(0)).isEqualTo("Figma");
        assertThat(dir.resolve("logs/seatledger.log")).content().contains("Database open: " + dir.resolve("seatledger.mv.db"));
    }

    @Test
    void verboseShowsTheLogLinesOnStandardErrorAndLeavesStandardOutputAlone() throws Exception {
        CliProcess.Result r = CliProcess.run("catalog", "--verbose", "--data-dir", dir.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("INFO").contains("Database open");
        assertThat(r.out().lines().findFirst()).contains("name,publisher,category,grade,licenses,seats");
        assertThat(r.out()).doesNotContain("INFO");
    }

    @Test
    void aFailureIsOneLineInWordsOnStandardErrorAndItsTraceGoesToTheLogFile(@TempDir Path files) throws Exception {
        Path csv = files.resolve("people.csv");
        Files.writeString(csv, "Name,Email\n\"Ana Lima,ana@example.com\nBen,ben@example.com\n");

        CliProcess.Result r = CliProcess.run("--data-dir", dir.toString(), "import", "people", csv.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo(csv + ": Not valid CSV: the quoted value that starts on line 2 is never "
            + "closed (a closing \" is missing).");
    }
}
