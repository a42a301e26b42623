package dev.seatledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.ChangeCounter;
import dev.seatledger.core.common.ErrorWords;
import dev.seatledger.core.common.Messages;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.ChildJvm;
import dev.seatledger.testing.CliProcess;
import dev.seatledger.testing.HoldDatabaseOpen;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What happens to the others when the process serving the shared file ends (ADR 0046): closed normally, it lets a
 * command that is writing through it finish; killed, the command's import is whole or absent and the file opens
 * again; a window that was its client carries on with the file itself. And the window sees what the command wrote.
 */
@AboutH2
class ServingProcessEndsTest {
    private static final int PEOPLE = 10_000;

    private static Path people(Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("Name,Email,Department\n");
        for (int i = 0; i < PEOPLE; i++) {
            csv.append("Person ").append(i).append(",person").append(i).append("@example.com,Dept ").append(i % 40)
                .append('\n');
        }
        return Files.writeString(dir.resolve("people.csv"), csv);
    }

    private static void empty(Path dir) {
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            db.services().products().create(ProductDraft.of("Figma", "Figma", "Design"));
        }
    }

    /** A database with one product, held open by a process as the window holds it. */
    private static Process window(Path dir) throws Exception {
        empty(dir);
        Process window = ChildJvm.start(HoldDatabaseOpen.class, dir.toString());
        ChildJvm.awaitLine(window, "READY");
        return window;
    }

    /** {@code seatledger import people} of {@value #PEOPLE} rows, returned once it is writing through the window. */
    private static CliProcess importWritingThrough(Path dir) throws Exception {
        CliProcess cli = CliProcess.start("--data-dir", dir.toString(), "import", "people", people(dir).toString());
        awaitWriting(dir);
        return cli;
    }

    /** Waits until a session of another process holds written, uncommitted rows: the import is writing. */
    private static void awaitWriting(Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection(DatabaseConfig.h2(dir).jdbcUrl(), "sa", "")) {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "select count(*) from information_schema.sessions where contains_uncommitted")) {
                    rs.next();
                    return rs.getInt(1) > 0;
                }
            });
        }
    }

    private static long peopleIn(Path dir) {
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            return db.services().tx().readSql(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from person")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    @Test
    void closingTheWindowLetsACommandWritingThroughItFinish(@TempDir Path dir) throws Exception {
        Process window = window(dir);
        CliProcess cli = importWritingThrough(dir);
        try {
            window.getOutputStream().close();
            CliProcess.Result r = cli.finish();

            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Imported people: " + PEOPLE + " new");
            assertThat(window.waitFor(120, TimeUnit.SECONDS)).as("the window closed").isTrue();
        } finally {
            window.destroyForcibly();
        }
        assertThat(peopleIn(dir)).isEqualTo(PEOPLE);
    }

    @Test
    void aKilledWindowLeavesTheImportWholeOrAbsentAndTheFileOpensAgain(@TempDir Path dir) throws Exception {
        Process window = window(dir);
        CliProcess cli = importWritingThrough(dir);
        window.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        CliProcess.Result r = cli.finish();

        if (r.code() != 0) {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo(Messages.get("db.error.lost"));
        }
        assertThat(ErrorWords.namesAClass(r.err())).as(r.err()).isFalse();
        assertThat(peopleIn(dir)).isIn(0L, (long) PEOPLE);
        CliProcess.Result catalog = CliProcess.run("--data-dir", dir.toString(), "catalog");
        assertThat(catalog.code()).as(catalog.err()).isZero();
        assertThat(catalog.out()).contains("Figma");
    }

    @Test
    void aWindowThatReachedAnotherProcessCarriesOnWhenThatProcessEnds(@TempDir Path dir) throws Exception {
        empty(dir);
        Process cli = ChildJvm.start(HoldDatabaseOpen.class, dir.toString());
        ChildJvm.awaitLine(cli, "READY");
        try (Database window = Database.open(DatabaseConfig.h2(dir))) {
            var s = dev.seatledger.services.AppServices.create(window.transactions(), java.time.Clock.systemUTC(),
                dev.seatledger.core.common.Operator.fixed("window"), dev.seatledger.infra.crypto.AesGcmCipher.forDataFolder(dir));
            assertThat(s.catalog().list(CatalogFilter.all())).hasSize(1);
            cli.getOutputStream().close();
            assertThat(cli.waitFor(120, TimeUnit.SECONDS)).as("the other process ended").isTrue();

            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                try {
                    s.products().create(ProductDraft.of("Slack", "Slack Technologies", "Communication"));
                    return true;
                } catch (RuntimeException lost) {
                    return false;
                }
            });
            assertThat(s.catalog().list(CatalogFilter.all())).extracting(p -> p.name()).containsExactly("Figma", "Slack");
            assertThat(Database.inUseElsewhere(DatabaseConfig.h2(dir))).as("this process serves the file now").isFalse();
        } finally {
            cli.destroyForcibly();
        }
    }

    @Test
    void theWindowsChangeCounterMovesWithWhatTheCommandLineWritesAndNotWithItsReads(@TempDir Path dir) throws Exception {
        empty(dir);
        try (Database window = Database.open(DatabaseConfig.h2(dir))) {
            ChangeCounter changes = window.changes();
            long before = changes.current();

            CliProcess.Result read = CliProcess.run("--data-dir", dir.toString(), "export", "licenses");
            long afterRead = changes.current();
            Path csv = Files.writeString(dir.resolve("one.csv"), "Name,Email\nAna Lima,ana@example.com\n");
            CliProcess.Result write = CliProcess.run("--data-dir", dir.toString(), "import", "people", csv.toString());

            assertThat(read.code()).as(read.err()).isZero();
            assertThat(write.code()).as(write.err()).isZero();
            assertThat(afterRead).isEqualTo(before);
            assertThat(changes.current()).isNotEqualTo(afterRead);
        }
    }
}
