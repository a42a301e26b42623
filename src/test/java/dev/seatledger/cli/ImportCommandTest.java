package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SeatLedgerCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String resource(String name) throws Exception {
        return Path.of(ImportCommandTest.class.getResource(name).toURI()).toString();
    }

    @Test
    void invalidRowsExitOneWithRowNumbersAndWriteNothing(@TempDir Path dir) throws Exception {
        int code = run("import", "licenses", resource("/import/snipeit-licenses.csv"), "--data-dir", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("row 6, Seats").contains("row 7, Purchase Cost").contains("Nothing was imported");
        assertThat(run("--data-dir", dir.toString(), "catalog")).isZero();
        assertThat(out.toString().lines().filter(l -> l.contains("Adobe"))).isEmpty();
    }

    @Test
    void dryRunWritesNothingAndSkipInvalidImports(@TempDir Path dir) throws Exception {
        String file = resource("/import/snipeit-licenses.csv");
        assertThat(run("--data-dir", dir.toString(), "import", "licenses", file, "--dry-run", "--skip-invalid")).isEqualTo(1);
        run("--data-dir", dir.toString(), "catalog");
        assertThat(out.toString()).doesNotContain("Adobe Creative Cloud,");

        assertThat(run("--data-dir", dir.toString(), "import", "licenses", file, "--skip-invalid", "--currency", "usd"))
            .isZero();
        assertThat(out.toString()).contains("Imported 2 licenses (2 new products, 2 new people, 2 seats assigned)");
        run("--data-dir", dir.toString(), "catalog");
        assertThat(out.toString()).contains("Adobe Creative Cloud,Adobe,Design,,1,10");
    }

    @Test
    void peopleThenAssignAndRevokeByEmail(@TempDir Path dir) throws Exception {
        assertThat(run("--data-dir", dir.toString(), "import", "people", resource("/import/entra-users.csv"),
            "--format", "entra")).isZero();
        assertThat(run("--data-dir", dir.toString(), "import", "licenses", resource("/import/snipeit-licenses.csv"),
            "--skip-invalid")).isZero();

        assertThat(run("--data-dir", dir.toString(), "assign", "--license", "2", "--person", "ana.lima@northwind.example"))
            .isZero();
        assertThat(out.toString()).contains("License seat assigned");
        assertThat(run("--data-dir", dir.toString(), "assign", "--license", "2", "--person", "ana.lima@northwind.example"))
            .isEqualTo(1);
        assertThat(err.toString()).contains("This user already has an active assignment for this license");
        assertThat(run("--data-dir", dir.toString(), "revoke", "--license", "2", "--person", "ana.lima@northwind.example"))
            .isZero();
        assertThat(run("--data-dir", dir.toString(), "assign", "--license", "2")).isEqualTo(2);
    }
}
