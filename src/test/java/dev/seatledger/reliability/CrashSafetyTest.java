package dev.seatledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.ChildJvm;
import dev.seatledger.testing.CrashWorker;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a SeatLedger process (destroyForcibly, i.e. kill -9) in the middle of a large import, a bulk
 * reclaim and an offboarding, 20 times each, then reopens the database: it opens, every committed
 * change is there, nothing is half-applied, and seat counters equal the assignments. The worker reports each
 * transaction's start and commit, so every kill is known to hit a live worker after at least one acknowledged commit,
 * and most kills to land while a transaction is in flight.
 */
@AboutH2
@Tag("kills-processes")
class CrashSafetyTest {
    private static final int KILLS = 20;
    /** At least this many of each operation's kills must land while a transaction is in flight. */
    private static final int MIN_KILLS_IN_FLIGHT = KILLS / 2;
    private final Random random = new Random(424242);
    /** How long the last transaction of each operation took, from BEGIN to COMMITTED as read here. */
    private final Map<String, Long> transactionMillis = new HashMap<>(Map.of("import", 1_500L, "reclaim", 30L,
        "offboard", 30L));

    private void seed(Path dir, int people, int seatsEach) {
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            AppServices s = db.services();
            List<Long> licenses = new ArrayList<>();
            for (int l = 0; l < seatsEach; l++) {
                long product = s.products().create(ProductDraft.of("Product " + l, "Publisher", null));
                licenses.add(s.licenses().create(LicenseDraft.defaults(product).withSeats(people, SeatType.USER)).id());
            }
            for (int p = 0; p < people; p++) {
                long person = s.people().create(PersonDraft.of("Person " + p, "p" + p + "@example.com", null));
                for (long lic : licenses) {
                    s.assignments().assign(lic, person, AssignmentDraft.EMPTY);
                }
            }
        }
    }

    /** What one worker run acknowledged before its kill, and whether a transaction was in flight when it came. */
    private record Run(List<String> committed, boolean killedInFlight) {
    }

    /**
     * Starts the worker, reads its progress until it has acknowledged one to a few commits (seeded) and begun the next
     * transaction, lets it work a random while of up to the time its last transaction took, and kills it; the worker
     * must still be alive at that moment and die of the kill.
     */
    private Run runAndKill(Path dir, String op, String tag) {
        Process p;
        try {
            p = ChildJvm.start(CrashWorker.class, dir.toString(), op, tag);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChildJvm.awaitLine(p, "READY");
        int acknowledgedFirst = 1 + random.nextInt(op.equals("import") ? 2 : 5);
        List<String> progress = new ArrayList<>();
        long deadline = System.nanoTime() + ChildJvm.WAIT.toNanos();
        long begun = 0;
        while (true) {
            ChildJvm.Line line = ChildJvm.nextLine(p, deadline);
            assertThat(line).as("%s: the worker's output ended before its kill; so far:%n%s", tag, progress).isNotNull();
            if (!record(line.text(), progress)) {
                continue;
            }
            if (line.text().startsWith("BEGIN ")) {
                begun = line.nanos();
                if (committed(progress).size() >= acknowledgedFirst) {
                    break;
                }
            } else if (line.text().startsWith("COMMITTED ") && begun != 0) {
                transactionMillis.put(op, Math.max(1, (line.nanos() - begun) / 1_000_000));
            }
        }
        try {
            p.waitFor(random.nextInt((int) Math.min(5_000, transactionMillis.get(op)) + 1), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(p.isAlive()).as("%s: the worker is alive at its kill", tag).isTrue();
        ChildJvm.kill(p).lines().forEach(l -> record(l, progress));
        assertThat(p.exitValue()).as("%s: the worker died of the kill", tag).isEqualTo(ChildJvm.KILLED);
        assertThat(progress).as("operations the worker could not do").noneMatch(c -> c.startsWith("FAILED "));
        return new Run(committed(progress), progress.get(progress.size() - 1).startsWith("BEGIN "));
    }

    /** Keeps a progress line of the worker (BEGIN, COMMITTED, FAILED); says whether it was one. */
    private static boolean record(String line, List<String> progress) {
        boolean isProgress = line.startsWith("BEGIN ") || line.startsWith("COMMITTED ") || line.startsWith("FAILED ");
        if (isProgress) {
            progress.add(line);
        }
        return isProgress;
    }

    private static List<String> committed(List<String> progress) {
        return progress.stream().filter(l -> l.startsWith("COMMITTED ")).map(l -> l.substring("COMMITTED ".length()))
            .toList();
    }

    private static void assertConsistent(TestDatabase db) {
        List<Object[]> drift = db.services().tx().read(s -> s.createNativeQuery(
            "select l.id, l.seats_used, (select count(*) from assignment a where a.license_id = l.id and a.revoked_at is null)"
                + " from license l", Object[].class).getResultList());
        assertThat(drift).allSatisfy(r -> assertThat(((Number) r[1]).longValue()).as("license %s", r[0])
            .isEqualTo(((Number) r[2]).longValue()));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void killedDuringLargeImports(@TempDir Path dir) throws Exception {
        seed(dir, 2, 1);
        int committedTotal = 0;
        int inFlight = 0;
        for (int k = 0; k < KILLS; k++) {
            Run run = runAndKill(dir, "import", "k" + k);
            List<String> committed = run.committed();
            committedTotal += committed.size();
            inFlight += run.killedInFlight() ? 1 : 0;
            try (TestDatabase db = TestDatabase.h2In(dir)) {
                for (String c : committed) {
                    String tag = c.substring("import ".length());
                    long rows = db.services().tx().read(s -> ((Number) s.createNativeQuery(
                        "select count(*) from device_app ia join device d on d.id = ia.device_id"
                            + " where d.hostname like :h", Object.class).setParameter("h", "crash-" + tag + "-%")
                        .getSingleResult()).longValue());
                    assertThat(rows).as("committed import %s", tag).isEqualTo(CrashWorker.IMPORT_ROWS);
                }
                List<Object[]> perRun = db.services().tx().read(s -> s.createNativeQuery(
                    "select substring(d.hostname, 1, locate('-', d.hostname, 8)), count(*) from device_app ia"
                        + " join device d on d.id = ia.device_id group by substring(d.hostname, 1, locate('-', d.hostname, 8))",
                    Object[].class).getResultList());
                assertThat(perRun).as("no half-applied import").allSatisfy(r ->
                    assertThat(((Number) r[1]).longValue() % CrashWorker.IMPORT_ROWS).isZero());
                assertConsistent(db);
            }
        }
        System.out.println("CrashSafetyTest imports: " + KILLS + " kills (" + inFlight + " during an import), "
            + committedTotal + " committed imports kept");
        assertThat(committedTotal).as("imports acknowledged before the kills").isGreaterThanOrEqualTo(KILLS);
        assertThat(inFlight).as("kills that landed during an import").isGreaterThanOrEqualTo(MIN_KILLS_IN_FLIGHT);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void killedDuringBulkReclaimAndOffboarding(@TempDir Path reclaimDir, @TempDir Path offboardDir) throws Exception {
        seed(reclaimDir, 150, 2);
        seed(offboardDir, 150, 3);
        int reclaimed = 0;
        int offboarded = 0;
        int reclaimsInFlight = 0;
        int offboardingsInFlight = 0;
        for (int k = 0; k < KILLS; k++) {
            Run reclaim = runAndKill(reclaimDir, "reclaim", "r" + k);
            List<String> r = reclaim.committed();
            reclaimed += r.size();
            reclaimsInFlight += reclaim.killedInFlight() ? 1 : 0;
            try (TestDatabase db = TestDatabase.h2In(reclaimDir)) {
                for (String c : r) {
                    long id = Long.parseLong(c.substring("reclaim ".length()));
                    Boolean revoked = db.services().tx().read(s -> s.createSelectionQuery(
                        "select a.revokedAt is not null from Assignment a where a.id = :id", Boolean.class)
                        .setParameter("id", id).getSingleResult());
                    assertThat(revoked).as("committed reclaim %s", id).isTrue();
                }
                long orphanMessages = db.services().tx().read(s -> ((Number) s.createNativeQuery(
                    "select (select count(*) from outbox_message) - (select count(*) from assignment where revoke_reason = 'RECLAIM')",
                    Object.class).getSingleResult()).longValue());
                assertThat(orphanMessages).as("one outbox message per reclaimed seat").isZero();
                assertConsistent(db);
            }
            Run offboarding = runAndKill(offboardDir, "offboard", "o" + k);
            List<String> o = offboarding.committed();
            offboarded += o.size();
            offboardingsInFlight += offboarding.killedInFlight() ? 1 : 0;
            try (TestDatabase db = TestDatabase.h2In(offboardDir)) {
                long halfOffboarded = db.services().tx().read(s -> ((Number) s.createNativeQuery(
                    "select count(*) from person p where (p.status = 'OFFBOARDED' and exists (select 1 from assignment a"
                        + " where a.person_id = p.id and a.revoked_at is null)) or (p.status = 'ACTIVE' and exists"
                        + " (select 1 from assignment a where a.person_id = p.id and a.revoke_reason = 'OFFBOARDING'))",
                    Object.class).getSingleResult()).longValue());
                assertThat(halfOffboarded).as("no half-applied offboarding").isZero();
                for (String c : o) {
                    long id = Long.parseLong(c.substring("offboard ".length()));
                    assertThat(db.services().personQuery().get(id).status().name()).isEqualTo("OFFBOARDED");
                }
                assertConsistent(db);
            }
        }
        System.out.println("CrashSafetyTest: " + 2 * KILLS + " kills (" + reclaimsInFlight + " during a reclaim, "
            + offboardingsInFlight + " during an offboarding); " + reclaimed + " committed reclaims and " + offboarded
            + " committed offboardings all present after reopening");
        assertThat(reclaimed).as("reclaims acknowledged before the kills").isGreaterThanOrEqualTo(KILLS);
        assertThat(offboarded).as("offboardings acknowledged before the kills").isGreaterThanOrEqualTo(KILLS);
        assertThat(reclaimsInFlight).as("kills that landed during a reclaim").isGreaterThanOrEqualTo(MIN_KILLS_IN_FLIGHT);
        assertThat(offboardingsInFlight).as("kills that landed during an offboarding")
            .isGreaterThanOrEqualTo(MIN_KILLS_IN_FLIGHT);
    }
}
