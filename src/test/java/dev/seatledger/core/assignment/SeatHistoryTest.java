package dev.seatledger.core.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The license page's latest seat events: which seats, in which order, and how many index entries they cost. */
class SeatHistoryTest {
    private TestDatabase db;
    private AppServices s;
    private SeatFixtures f;

    @BeforeEach
    void open(TestInfo test) {
        db = TestDatabase.forTest(test);
        s = db.services();
        f = new SeatFixtures(s);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Assigns {@code n} seats an hour apart; returns their ids, oldest first. */
    private List<Long> assignHourly(long license, int n) {
        List<Long> ids = new ArrayList<>();
        for (long p : f.people(n)) {
            ids.add(s.assignments().assign(license, p, AssignmentDraft.EMPTY));
            db.clock().advance(Duration.ofHours(1));
        }
        return ids;
    }

    @Test
    void newestEventsMixRevokesAndAssignmentsAndBreakTiesByAssignmentTime() {
        long lic = f.license(40);
        List<Long> seats = assignHourly(lic, 30);
        s.assignments().revoke(seats.get(3), RevokeReason.MANUAL);
        s.assignments().revoke(seats.get(1), RevokeReason.MANUAL);
        db.clock().advance(Duration.ofHours(1));
        long late = s.assignments().assign(lic, f.person("Late Comer"), AssignmentDraft.EMPTY);

        assertThat(s.seats().history(lic, 4)).extracting(SeatQuery.HistoryRow::assignmentId)
            .containsExactly(late, seats.get(3), seats.get(1), seats.get(29));
        assertThat(s.seats().history(lic, 40)).hasSize(31);
        assertThat(s.seats().history(lic, 40).get(30).assignmentId()).isEqualTo(seats.get(0));
        assertThat(s.seats().history(f.license(3), 10)).isEmpty();
    }

    @Test
    void aLicenseWithOnlyRevokedSeatsListsThemByRevokeTime() {
        long lic = f.license(5);
        List<Long> seats = assignHourly(lic, 3);
        s.assignments().revoke(seats.get(0), RevokeReason.MANUAL);
        db.clock().advance(Duration.ofHours(1));
        s.assignments().revoke(seats.get(2), RevokeReason.RECLAIM);
        db.clock().advance(Duration.ofHours(1));
        s.assignments().revoke(seats.get(1), RevokeReason.OFFBOARDING);

        assertThat(s.seats().history(lic, 10)).extracting(SeatQuery.HistoryRow::assignmentId, SeatQuery.HistoryRow::reason)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(seats.get(1), RevokeReason.OFFBOARDING),
                org.assertj.core.groups.Tuple.tuple(seats.get(2), RevokeReason.RECLAIM),
                org.assertj.core.groups.Tuple.tuple(seats.get(0), RevokeReason.MANUAL));
    }

    @Test
    @AboutH2
    void eachReadTakesOnlyTheEntriesItShowsFromTheNewestEndOfTheIndex() {
        long lic = f.license(200);
        long other = f.license(200);
        assignHourly(other, 5);
        List<Long> seats = assignHourly(lic, 120);

        // No revoked seat yet: the revoked range of the index is empty, and nothing else is read to find that out.
        assertThat(plan(SeatQuery.NEWEST_REVOKED, lic)).contains("index sorted").contains("scanCount: 1 ");
        for (int i = 0; i < 15; i++) {
            s.assignments().revoke(seats.get(i), RevokeReason.MANUAL);
        }

        for (String sql : new String[] {SeatQuery.NEWEST_ACTIVE, SeatQuery.NEWEST_REVOKED}) {
            assertThat(plan(sql, lic)).as(sql).contains("IX_ASSIGNMENT_HOLDER_ASSIGNED").contains("index sorted")
                .containsPattern("scanCount: (10|11) ");
        }
    }

    private String plan(String sql, long license) {
        return s.tx().read(session -> session.createNativeQuery("explain analyze " + sql, String.class)
            .setParameter(1, license).setParameter(2, 10).getSingleResult()).replace('\n', ' ');
    }
}
