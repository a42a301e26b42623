package dev.seatledger.core.seatgroup;

import static dev.seatledger.core.seatgroup.SeatGroupTally.assertExact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.RevokeReason;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.importing.CsvTable;
import dev.seatledger.core.importing.DirectoryPreset;
import dev.seatledger.core.importing.PeopleImport;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Threads assign and revoke seats of the same licenses while people imports move the holders between departments
 * and cost centres: the licenses are locked in id order by both sides, so the counts end exact and nothing deadlocks.
 */
class SeatGroupCountRaceTest {
    private static final int PEOPLE = 24;
    private static final int ROUNDS = 120;
    private static final int IMPORTS = 24;

    private TestDatabase db;
    private AppServices s;
    private ExecutorService pool;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterEach
    void close() throws Exception {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        db.close();
    }

    private static String email(int i) {
        return "p" + i + "@example.com";
    }

    @Test
    void seatWritersAndPeopleImportsLeaveTheCountsExact() throws Exception {
        long product = s.products().create(ProductDraft.of("Slack", "Salesforce", null));
        List<Long> licenses = List.of(
            s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(PEOPLE / 2).build()).id(),
            s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(PEOPLE).build()).id());
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(s.people().create(PersonDraft.of("P" + i, email(i), "Design")));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> seatWork = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int worker = w;
            seatWork.add(pool.submit(() -> {
                start.await();
                return assignAndRevoke(licenses, people, worker);
            }));
        }
        Future<Integer> moves = pool.submit((Callable<Integer>) () -> {
            start.await();
            PeopleImport importer = s.peopleImport();
            int updated = 0;
            for (int round = 0; round < IMPORTS; round++) {
                StringBuilder csv = new StringBuilder("name,email,department,cost_centre\n");
                for (int i = 0; i < PEOPLE; i++) {
                    boolean odd = (i + round) % 2 == 1;
                    csv.append("P").append(i).append(',').append(email(i)).append(',')
                        .append(odd ? "Research,CC-1" : "Operations,CC-2").append('\n');
                }
                updated += importer.apply(importer.plan(CsvTable.parse(csv.toString()), DirectoryPreset.CSV), false)
                    .updated();
            }
            return updated;
        });
        start.countDown();
        int seatChanges = 0;
        for (Future<Integer> f : seatWork) {
            seatChanges += f.get(5, TimeUnit.MINUTES);
        }
        int moved = moves.get(5, TimeUnit.MINUTES);

        assertThat(seatChanges).as("seats assigned and revoked").isGreaterThan(ROUNDS);
        assertThat(moved).as("holders moved by the imports").isEqualTo(PEOPLE * IMPORTS);
        List<String> kept = assertExact(s.tx(), "the race");
        assertThat(kept).as("the last import's groups hold seats")
            .anyMatch(row -> row.contains("| Research | CC-1 |"))
            .anyMatch(row -> row.contains("| Operations | CC-2 |"))
            .noneMatch(row -> row.contains("| Design |"));
    }

    /** Assigns seats to the worker's half of the people and revokes every other one; returns the seats written. */
    private int assignAndRevoke(List<Long> licenses, List<Long> people, int worker) {
        int done = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long license = licenses.get(round % licenses.size());
            long person = people.get((round * 2 + worker) % people.size());
            try {
                long seat = s.assignments().assign(license, person, AssignmentDraft.EMPTY);
                done++;
                if (round % 3 == 0) {
                    s.assignments().revoke(seat, RevokeReason.MANUAL);
                    done++;
                }
            } catch (BusinessRuleException refused) {
                // held already or no seat free: the other worker or an earlier round got there
            }
        }
        return done;
    }
}
