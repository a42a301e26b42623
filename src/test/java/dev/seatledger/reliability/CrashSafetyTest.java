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
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a SeatLedger process (destroyForcibly, i.e. kill -9) in the middle of a large import, a bulk
 * reclaim and an offboarding, 20 times each, then reopens the database: it opens, every committed
 * change is there, nothing is half-applied, and seat counters equal the assignments.
 */
@AboutH2
class CrashSafetyTest {
    private static final int KILLS = 20;
    private final Random random = new Random(424242);

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

    /** Starts the worker, kills it after a random moment; returns the operations it reported committed. */
    private List<String> runAndKill(Path dir, String op, String tag) throws Exception {
        Process p = ChildJvm.start(CrashWorker.class, dir.toString(), op, tag);
        ChildJvm.awaitLine(p, "READY");
        List<String> committed = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("COMMITTED ") || line.startsWith("FAILED ")) {
                        synchronized (committed) {
                            committed.add(line.startsWith("FAILED ") ? line : line.substring(10));
                        }
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process was killed
            }
        });
        reader.start();
        // the kill moment: wait for the worker to end by itself, at most a random while
        p.waitFor(op.equals("import") ? 500 + random.nextInt(3500) : 150 + random.nextInt(1200), TimeUnit.MILLISECONDS);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        synchronized (committed) {
            assertThat(committed).as("operations the worker could not do").noneMatch(c -> c.startsWith("FAILED "));
            return new ArrayList<>(committed);
        }
    }

    private static void assertConsistent(TestDatabase db) {
        List<Object[]> drift = db.services().tx().read(s -> s.createNativeQuery(
            "select l.id, l.seats_used, (select count(*) from assignment a where a.license_id = l.id and a.revoked_at is null)"
                + " from license l", Object[].class).getResultList());
        assertThat(drift).allSatisfy(r -> assertThat(((Number) r[1]).longValue()).as("license %s", r[0])
            .isEqualTo(((Number) r[2]).longValue()));
    }

    @Test
    void killedDuringLargeImports(@TempDir Path dir) throws Exception {
        seed(dir, 2, 1);
        int committedTotal = 0;
        for (int k = 0; k < KILLS; k++) {
            List<String> committed = runAndKill(dir, "import", "k" + k);
            committedTotal += committed.size();
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
        System.out.println("CrashSafetyTest imports: " + KILLS + " kills, " + committedTotal + " committed imports kept");
    }

    @Test
    void killedDuringBulkReclaimAndOffboarding(@TempDir Path reclaimDir, @TempDir Path offboardDir) throws Exception {
        seed(reclaimDir, 150, 2);
        seed(offboardDir, 150, 3);
        int reclaimed = 0;
        int offboarded = 0;
        for (int k = 0; k < KILLS; k++) {
            List<String> r = runAndKill(reclaimDir, "reclaim", "r" + k);
            reclaimed += r.size();
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
            List<String> o = runAndKill(offboardDir, "offboard", "o" + k);
            offboarded += o.size();
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
        System.out.println("CrashSafetyTest: " + 2 * KILLS + " kills; " + reclaimed + " committed reclaims and "
            + offboarded + " committed offboardings all present after reopening");
    }
}
