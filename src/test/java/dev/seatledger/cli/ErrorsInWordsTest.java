package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.common.ErrorWords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the command line cannot use are named with the problem in words, never with an exception class. */
class ErrorsInWordsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[command.length + 2];
        args[0] = "--data-dir";
        args[1] = dir.resolve("data").toString();
        System.arraycopy(command, 0, args, 2, command.length);
        int code = SeatLedgerCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static void inWords(Run r) {
        assertThat(r.code()).isEqualTo(1);
        assertThat(ErrorWords.namesAClass(r.err())).as(r.err()).isFalse();
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("Error:");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereTheValueStarts() throws Exception {
        Path csv = Files.writeString(dir.resolve("people.csv"), "Name,Email\nAna,ana@example.com\n\"Ben,ben@example.com\n");

        Run r = run("import", "people", csv.toString(), "--dry-run");

        inWords(r);
        assertThat(r.err()).contains(csv.toString()).contains("starts on line 3").contains("never closed");
    }

    @Test
    void textAfterAClosingQuoteNamesTheLineAndPosition() throws Exception {
        Path csv = Files.writeString(dir.resolve("licenses.csv"), "Product,Seats\n\"Figma\" Pro,10\n");

        Run r = run("import", "licenses", csv.toString(), "--dry-run");

        inWords(r);
        assertThat(r.err()).contains("at line 2").contains("position").contains("\"\"");
    }

    @Test
    void aMissingFileAFolderAndAWorkbookAreNamed() throws Exception {
        Path missing = dir.resolve("nowhere.csv");
        Path workbook = dir.resolve("people.xlsx");
        Files.write(workbook, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0});

        Run gone = run("import", "people", missing.toString());
        Run folder = run("import", "licenses", dir.toString());
        Run binary = run("import", "people", workbook.toString());
        Run telemetry = run("import", "telemetry", missing.toString());

        for (Run r : new Run[] {gone, folder, binary, telemetry}) {
            inWords(r);
        }
        assertThat(gone.err().strip()).isEqualTo("The file " + missing + " does not exist.");
        assertThat(folder.err().strip()).isEqualTo(dir + " is a folder, not a file.");
        assertThat(binary.err()).contains(workbook.toString()).contains("not a text file").contains("CSV");
        assertThat(telemetry.err().strip()).isEqualTo("The file " + missing + " does not exist.");
    }

    @Test
    void unicodeTextFromExcelIsReadRatherThanRefused() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.write(csv, "Name,Email\nAna Lima,ana@example.com\n".getBytes(StandardCharsets.UTF_16));

        Run r = run("import", "people", csv.toString(), "--dry-run");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 rows: 1 valid, 0 problems");
    }

    @Test
    void anExportThatCannotBeWrittenNamesTheFile() {
        Path target = dir.resolve("missing-folder-file").resolve("x.csv");
        try {
            Files.writeString(dir.resolve("missing-folder-file"), "a file where a folder should be");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        Run r = run("export", "people", "--out", target.toString());

        inWords(r);
        assertThat(r.err().strip()).isEqualTo("The file " + target + " cannot be reached: " + target.getParent()
            + " is a file, not a folder.");
    }
}
