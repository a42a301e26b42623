package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeatLedgerCliTest {

    @Test
    void sampleDataThenCatalogPrintsTheProductsAsCsv(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int loaded = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "sample-data"},
            new PrintWriter(out), new PrintWriter(err));
        int listed = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "catalog"},
            new PrintWriter(out), new PrintWriter(err));

        assertThat(loaded).isZero();
        assertThat(listed).isZero();
        assertThat(out.toString())
            .contains("Sample data loaded: 20 products added")
            .contains("name,publisher,category,grade,licenses,seats")
            .contains("Slack,Slack Technologies,Communication,A,1,120")
            .contains("Adobe Creative Cloud,Adobe,Design,,1,25");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void unreadableDatabaseIsReportedWithExitCode2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("seatledger.mv.db"), "garbage ".repeat(1000));
        StringWriter err = new StringWriter();

        int code = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "catalog"},
            new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("damaged").contains(dir.resolve("seatledger.mv.db").toString());
    }
}
