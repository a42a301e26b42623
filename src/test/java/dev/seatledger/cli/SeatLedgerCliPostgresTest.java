package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.PostgresOnly;
import dev.seatledger.testing.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PostgresOnly
class SeatLedgerCliPostgresTest {

    @Test
    void savedServerIsUsedWithoutOptionsAndThePasswordIsNotInTheSettings(@TempDir Path dir) throws Exception {
        String name = TestPostgres.createDatabase();
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int saved = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "--jdbc-url", TestPostgres.url(name),
                "--db-user", TestPostgres.user(), "--db-password", TestPostgres.password(), "database", "--save"},
                new PrintWriter(out), new PrintWriter(err));
            int loaded = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "sample-data"},
                new PrintWriter(out), new PrintWriter(err));
            int listed = SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "catalog"},
                new PrintWriter(out), new PrintWriter(err));

            assertThat(err.toString()).isEmpty();
            assertThat(saved + loaded + listed).isZero();
            assertThat(out.toString()).contains("Database settings saved: " + TestPostgres.url(name))
                .contains("Slack,Slack Technologies,Communication,A,1,120");
            assertThat(dir.resolve("seatledger.mv.db")).doesNotExist();
            if (!TestPostgres.password().isEmpty()) {
                assertThat(Files.readString(dir.resolve("settings.properties"))).doesNotContain(TestPostgres.password());
            }
        } finally {
            TestPostgres.dropDatabase(name);
        }
    }
}
