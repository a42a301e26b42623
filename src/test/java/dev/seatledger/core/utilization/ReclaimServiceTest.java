package dev.seatledger.core.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.RevokeReason;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.mail.OutboxMessage;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReclaimServiceTest {
    private TestDatabase db;
    private AppServices s;
    private long license;
    private final List<Long> seats = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        s.notifications().registerOperator();
        long product = s.products().create(ProductDraft.of("Zoom", "Zoom Video Communications", null));
        license = s.licenses().create(LicenseDraft.defaults(product).withName("Pro").withSeats(10, SeatType.USER)).id();
        for (String who : new String[] {"Ana", "Ben", "Chloé"}) {
            long p = s.people().create(PersonDraft.of(who, who.toLowerCase() + "@example.com", null));
            seats.add(s.assignments().assign(license, p, AssignmentDraft.EMPTY));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void reclaimRevokesFreesNotifiesAndQueuesMessages() {
        ReclaimResult r = s.reclaim().reclaim(seats.subList(0, 2), Progress.NONE);

        assertThat(r.reclaimed()).isEqualTo(2);
        assertThat(r.failures()).isEmpty();
        assertThat(s.seats().summary(license).recordedUsed()).isEqualTo(1);
        assertThat(s.seats().history(license, 10)).filteredOn(h -> !h.active())
            .allSatisfy(h -> assertThat(h.reason()).isEqualTo(RevokeReason.RECLAIM));
        List<OutboxMessage> outbox = s.tx().read(session ->
            session.createSelectionQuery("from OutboxMessage o order by o.id", OutboxMessage.class).getResultList());
        assertThat(outbox).extracting(OutboxMessage::getToEmail).containsExactly("ana@example.com", "ben@example.com");
        assertThat(outbox.get(0).getSubject()).isEqualTo("Your Zoom — Pro seat has been reclaimed");
        assertThat(s.notifications().latestUnread(10)).hasSize(2);
        assertThat(s.history().of(SubjectType.LICENSE, license, 20)).extracting(h -> h.action())
            .filteredOn(HistoryAction.REVOKE::equals).hasSize(2);
    }

    @Test
    void oneFailureLeavesTheOthersDoneAndIsReported() {
        s.assignments().revoke(seats.get(1), RevokeReason.MANUAL);

        ReclaimResult r = s.reclaim().reclaim(List.of(seats.get(0), seats.get(1), seats.get(2), 999_999L), Progress.NONE);

        assertThat(r.reclaimed()).isEqualTo(2);
        assertThat(r.failures()).containsOnlyKeys(seats.get(1), 999_999L);
        assertThat(r.failures().get(seats.get(1))).isEqualTo("This seat was already revoked");
        assertThat(s.seats().summary(license).recordedUsed()).isZero();
        assertThat(s.seats().summary(license).tracked()).isZero();
    }

    @Test
    void aFailureInsideAChunkOfSeatsLeavesEveryOtherSeatReclaimedWithItsMessage() {
        long product = s.products().create(ProductDraft.of("Miro", "Miro", null));
        long big = s.licenses().create(LicenseDraft.defaults(product).withSeats(200, SeatType.USER)).id();
        List<Long> many = new ArrayList<>();
        for (int i = 0; i < ReclaimService.CHUNK + 30; i++) {
            long p = s.people().create(PersonDraft.of("Person " + i, "p" + i + "@example.com", null));
            many.add(s.assignments().assign(big, p, AssignmentDraft.EMPTY));
        }
        long failing = many.get(ReclaimService.CHUNK + 10);
        s.assignments().revoke(failing, RevokeReason.MANUAL);
        List<long[]> reported = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                reported.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        ReclaimResult r = s.reclaim().reclaim(many, progress);

        assertThat(r.reclaimed()).isEqualTo(many.size() - 1);
        assertThat(r.failures()).containsOnlyKeys(failing);
        assertThat(s.seats().summary(big).recordedUsed()).isZero();
        long messages = s.tx().read(session -> session.createSelectionQuery(
            "select count(o) from OutboxMessage o where o.toEmail like 'p%@example.com'", Long.class).getSingleResult());
        assertThat(messages).isEqualTo(many.size() - 1);
        assertThat(s.history().of(SubjectType.LICENSE, big, 1000)).extracting(h -> h.action())
            .filteredOn(HistoryAction.REVOKE::equals).hasSize(many.size());
        assertThat(reported.get(reported.size() - 1)).containsExactly(many.size(), many.size());
    }
}
