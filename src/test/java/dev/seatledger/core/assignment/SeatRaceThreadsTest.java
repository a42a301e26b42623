package dev.seatledger.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Eight real threads, each in its own transaction, race for the last seat; 200 rounds. */
class SeatRaceThreadsTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    private static TestDatabase db;
    private static AppServices s;
    private static SeatFixtures f;
    private static ExecutorService pool;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        s = db.services();
        f = new SeatFixtures(s);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void close() {
        pool.shutdownNow();
        db.close();
    }

    private List<String> race(long license, List<Long> people) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (long person : people) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    s.assignments().assign(license, person, AssignmentDraft.EMPTY);
                    return "OK";
                } catch (BusinessRuleException e) {
                    return e.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> out = new ArrayList<>();
        for (Future<String> r : results) {
            out.add(r.get());
        }
        return out;
    }

    @Test
    void exactlyOneThreadGetsTheLastSeatEveryRound() throws Exception {
        List<Long> people = f.people(THREADS + 1);
        for (int round = 0; round < ROUNDS; round++) {
            long license = f.license(2);
            s.assignments().assign(license, people.get(THREADS), AssignmentDraft.EMPTY);

            List<String> outcomes = race(license, people.subList(0, THREADS));

            assertThat(outcomes).as("round %d", round).filteredOn("OK"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("OK")).hasSize(THREADS - 1)
                .allMatch("No seats remaining on this license"::equals);
            SeatSummary sum = s.seats().summary(license);
            assertThat(sum.recordedUsed()).isEqualTo(2).isLessThanOrEqualTo(sum.total());
            assertThat(sum.tracked()).isEqualTo(sum.recordedUsed());
        }
    }

    @Test
    void samePersonRacingOntoOneLicenseGetsOneSeat() throws Exception {
        long person = f.person("Racer");
        for (int round = 0; round < 20; round++) {
            long license = f.license(50);
            List<Long> same = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                same.add(person);
            }

            List<String> outcomes = race(license, same);

            assertThat(outcomes).filteredOn("OK"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("OK"))
                .allMatch("This user already has an active assignment for this license"::equals);
            assertThat(s.seats().summary(license).recordedUsed()).isEqualTo(1);
            assertThat(s.seats().summary(license).tracked()).isEqualTo(1);
        }
    }
}
