package dev.seatledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.ChildJvm;
import dev.seatledger.testing.CrashWorker;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a SeatLedger process while it commits a telemetry import large enough for H2 to store part of the commit
 * before the commit ends, then reopens the database (ADR 0039): the import is there whole or not at all, wholly there
 * when the process said it had committed, and the tables agree with their indexes.
 */
@AboutH2
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "kills with SIGKILL (kill -9) and checks the exit status 137 it "
    + "leaves; Windows has no signals (destroyForcibly is TerminateProcess)")
class InterruptedCommitTest {
    private static final int KILLS = 16;
    /** At least this many kills must land after the import's rows are written and before its commit returns. */
    private static final int MIN_INSIDE_COMMIT = KILLS / 2;
    private static final int DEVICES = CrashWorker.LARGE_IMPORT_ROWS / 10;

    private static long count(TestDatabase db, String sql, String like) {
        return db.services().tx().read(s -> ((Number) s.createNativeQuery(sql, Object.class)
            .setParameter("like", like).getSingleResult()).longValue());
    }

    @Test
    void anImportKilledWhileItCommitsIsWholeOrAbsentAfterReopening(@TempDir Path dir) throws Exception {
        try (TestDatabase empty = TestDatabase.h2In(dir)) {
            assertThat(empty.services().telemetry().devices(1)).isEmpty();
        }
        Random random = new Random(20261205);
        int commitMs = 150; // the last commit seen to finish before its kill; the kills land within that time
        int whole = 0;
        int insideCommit = 0;
        int finishedOnReopening = 0;
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
                commitMs = Math.max(20, Math.min(2000, Integer.parseInt(ms)));
            } else {
                assertThat(aliveAtKill).as("kill %d: the worker, which never reported its commit, was alive", k).isTrue();
                assertThat(p.exitValue()).as("kill %d: the worker died of the kill (SIGKILL)", k).isEqualTo(137);
                insideCommit++;
            }

            String like = "commit-k" + k + "-%";
            try (TestDatabase db = TestDatabase.h2In(dir)) {
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
                if (apps > 0) {
                    whole++;
                    finishedOnReopening += committed ? 0 : 1;
                }
            }
        }
        System.out.println("InterruptedCommitTest: " + KILLS + " kills, " + insideCommit + " of them inside the commit; "
            + whole + " imports whole after reopening (" + finishedOnReopening + " of them killed before their commit"
            + " returned), the others absent");
        assertThat(insideCommit).as("kills that landed after the rows were written and before the commit returned")
            .isGreaterThanOrEqualTo(MIN_INSIDE_COMMIT);
    }
}
