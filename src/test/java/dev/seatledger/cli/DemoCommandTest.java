package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void generatesIntoAnEmptyDataFolderAndPrintsProgressAndTotals(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "demo", "--size", "tiny"},
            new PrintWriter(out), new PrintWriter(err));
        int listed = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "catalog"},
            new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isZero();
        assertThat(listed).isZero();
        assertThat(out.toString())
            .contains("people")
            .contains("Demo data generated: 1,200 people, 40 products, 60 licenses, 6,000 seats")
            .contains("Cloud Cloud 1,");
    }

    @Test
    void refusesAFolderThatAlreadyHoldsRecords(@TempDir Path dir) {
        SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "sample-data"},
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();

        int code = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "demo", "--size", "tiny"},
            new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("empty database");
    }

    @Test
    void rejectsAnUnknownSize(@TempDir Path dir) {
        StringWriter err = new StringWriter();

        int code = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "demo", "--size", "huge"},
            new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("Unknown size: huge");
    }
}
