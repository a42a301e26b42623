package dev.seatledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.ChildJvm;
import dev.seatledger.testing.CrashWorker;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Kills a SeatLedger process while it commits a telemetry import large enough for H2 to store part of the commit
 * before the commit ends, then reopens the database (ADR 0039): the import is there whole or not at all, wholly there
 * when the process said it had committed, and the tables agree with their indexes. A kill landed inside the commit
 * when reopening had to finish that commit (the recovery says so in the log); at least {@link #MIN_INSIDE_COMMIT} must.
 */
@AboutH2
@Tag("kills-processes")
class InterruptedCommitTest {
    private static final int KILLS = 16;
    /** Kills that must land inside the commit: after its marker reached the file, before it finished. */
    private static final int MIN_INSIDE_COMMIT = 3;
    private static final int DEVICES = CrashWorker.LARGE_IMPORT_ROWS / 10;
    private static final String RECOVERY_LOG = "dev.seatledger.infra.db.H2CommitRecovery";

    private final ListAppender<ILoggingEvent> recoveries = new ListAppender<>();

    @BeforeEach
    void listenToTheRecovery() {
        recoveries.start();
        ((Logger) LoggerFactory.getLogger(RECOVERY_LOG)).addAppender(recoveries);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(RECOVERY_LOG)).detachAppender(recoveries);
    }

    private static long count(TestDatabase db, String sql, String like) {
        return db.services().tx().read(s -> ((Number) s.createNativeQuery(sql, Object.class)
            .setParameter("like", like).getSingleResult()).longValue());
    }

    /** Commits one import undisturbed; returns how long its commit took after its rows were written (ms). */
    private static int commitMillis(Path dir) throws Exception {
        Process p = ChildJvm.start(CrashWorker.class, dir.toString(), "commit", "undisturbed");
        ChildJvm.awaitLine(p, "WRITTEN");
        String rest = ChildJvm.finish(p, ChildJvm.WAIT);
        assertThat(rest).as("the undisturbed import").contains("COMMITTED ");
        return Integer.parseInt(rest.substring(rest.indexOf("COMMITTED ") + 10).strip().split("\\s")[0]);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void anImportKilledWhileItCommitsIsWholeOrAbsentAfterReopening(@TempDir Path dir) throws Exception {
        try (TestDatabase empty = TestDatabase.h2In(dir)) {
            assertThat(empty.services().telemetry().devices(1)).isEmpty();
        }
        Random random = new Random(20261205);
        // the kills land within the time a commit takes here and now: first learnt from an undisturbed import, then
        // from the last commit seen to finish before its kill
        int commitMs = Math.max(20, Math.min(5000, commitMillis(dir)));
        int whole = 0;
        int beforeCommitReturned = 0;
        int insideCommit = 0;
        for (int k = 0; k < KILLS; k++) {
            Process p = ChildJvm.start(CrashWorker.class, dir.toString(), "commit", "k" + k);
            ChildJvm.awaitLine(p, "WRITTEN");
            // the kill moment: the worker's own end (its commit returned), or a random while into the commit
            p.waitFor(random.nextInt(commitMs + 1), TimeUnit.MILLISECONDS);
            boolean aliveAtKill = p.isAlive();
            String rest = ChildJvm.kill(p);
            boolean committed = rest.contains("COMMITTED ");
            if (committed) {
                String ms = rest.substring(rest.indexOf("COMMITTED ") + 10).strip().split("\\s")[0];
                commitMs = Math.max(20, Math.min(5000, Integer.parseInt(ms)));
            } else {
                assertThat(aliveAtKill).as("kill %d: the worker, which never reported its commit, was alive", k).isTrue();
                assertThat(p.exitValue()).as("kill %d: the worker died of the kill", k).isEqualTo(ChildJvm.KILLED);
                beforeCommitReturned++;
            }

            String like = "commit-k" + k + "-%";
            int logged = recoveries.list.size();
            try (TestDatabase db = TestDatabase.h2In(dir)) {
                boolean finishedByRecovery = recoveries.list.subList(logged, recoveries.list.size()).stream()
                    .anyMatch(e -> e.getFormattedMessage().startsWith("Finished "));
                long scanned = count(db, "select count(*) from device where hostname like :like", like);
                long byIndex = count(db, "select count(*) from device where host_key like :like", like);
                long apps = count(db, "select count(*) from device_app where device_id in"
                    + " (select id from device where hostname like :like)", like);
                assertThat(List.of(scanned, byIndex, apps)).as("kill %d after %s: devices (table, index), apps", k,
                    committed ? "the commit" : "the rows were written")
                    .isIn(List.of(0L, 0L, 0L), List.of((long) DEVICES, (long) DEVICES, (long) CrashWorker.LARGE_IMPORT_ROWS));
                if (committed) {
                    assertThat(apps).as("kill %d: a commit the process reported", k)
                        .isEqualTo(CrashWorker.LARGE_IMPORT_ROWS);
                }
                if (finishedByRecovery) {
                    assertThat(apps).as("kill %d: a commit finished on reopening", k)
                        .isEqualTo(CrashWorker.LARGE_IMPORT_ROWS);
                    insideCommit++;
                }
                whole += apps > 0 ? 1 : 0;
            }
        }
        System.out.println("InterruptedCommitTest: " + KILLS + " kills, " + beforeCommitReturned + " of them after the rows"
            + " were written and before the commit returned, " + insideCommit + " inside the commit (finished on"
            + " reopening); " + whole + " imports whole after reopening, the others absent");
        assertThat(insideCommit).as("kills that landed inside the commit (finished on reopening)")
            .isGreaterThanOrEqualTo(MIN_INSIDE_COMMIT);
    }
}
