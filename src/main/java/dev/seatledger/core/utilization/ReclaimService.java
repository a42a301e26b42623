package dev.seatledger.core.utilization;

import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.assignment.RevokeReason;
import dev.seatledger.core.assignment.RevokedSeat;
import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.mail.OutboxMessage;
import dev.seatledger.core.notification.Notice;
import dev.seatledger.core.notification.NotificationKind;
import dev.seatledger.core.notification.NotificationService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Bulk reclaim: each seat is revoked (reason reclaim), the holder gets a message in the outbox and
 * operators a notification, all or nothing per seat; one failure does not undo the others.
 */
public class ReclaimService {
    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final AssignmentService assignments;
    private final NotificationService notifications;

    public ReclaimService(Transactions tx, Clock clock, Operator operator, AssignmentService assignments,
                          NotificationService notifications) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.assignments = assignments;
        this.notifications = notifications;
    }

    /** Seats reclaimed together in one transaction when none of them fails. */
    static final int CHUNK = 100;

    /**
     * Reclaims the seats in chunks of {@link #CHUNK}, each chunk in one transaction and set-based: the seats
     * are revoked together ({@link AssignmentService#revokeAll}: one read, one locking update per license, the
     * seats marked in one batch), the operators and the notifications that exist are read in two queries, then
     * each seat gets its outbox message and notifications.
     * Every seat is still all or nothing: when any seat of a chunk fails, the chunk is rolled back and done
     * again one seat per transaction, so the failing seat is reported and the others are reclaimed.
     */
    public ReclaimResult reclaim(List<Long> assignmentIds, Progress progress) {
        Map<Long, String> failures = new LinkedHashMap<>();
        List<String> freed = new ArrayList<>();
        int seen = 0;
        for (int from = 0; from < assignmentIds.size() && !progress.isCancelled(); from += CHUNK) {
            List<Long> chunk = assignmentIds.subList(from, Math.min(assignmentIds.size(), from + CHUNK));
            try {
                freed.addAll(tx.write(session -> reclaimChunk(session, chunk)));
                seen += chunk.size();
            } catch (RuntimeException chunkFailed) {
                for (long id : chunk) {
                    if (progress.isCancelled()) {
                        break;
                    }
                    try {
                        freed.addAll(tx.write(session -> reclaimChunk(session, List.of(id))));
                    } catch (RuntimeException e) {
                        failures.put(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    }
                    seen++;
                }
            }
            progress.update(seen, assignmentIds.size());
        }
        if (progress.isCancelled() && freed.isEmpty() && failures.isEmpty()) {
            throw new CancelledException();
        }
        return new ReclaimResult(freed.size(), failures, freed);
    }

    /**
     * Revokes the seats (reason reclaim), queues each holder's message and notifies the operators, in the
     * caller's transaction; throws on the first seat that cannot be reclaimed.
     */
    private List<String> reclaimChunk(Session session, List<Long> ids) {
        List<String> names = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        for (RevokedSeat seat : assignments.revokeAll(session, ids, RevokeReason.RECLAIM)) {
            String name = seat.licenseName();
            String holder = seat.holderName();
            session.persist(new OutboxMessage(seat.holderEmail(), holder,
                Messages.get("reclaim.mail.subject", name),
                Messages.get("reclaim.mail.body", holder, name, operator.get()),
                "RECLAIM", clock.instant(), operator.get()));
            notices.add(new Notice(NotificationKind.SEAT_RECLAIMED, Messages.get("notify.reclaimed.subject", name),
                Messages.get("reclaim.notify.body", holder), SubjectType.LICENSE, seat.licenseId(),
                "reclaim:" + seat.seatId()));
            names.add(name + " · " + holder);
        }
        notifications.notifyEveryone(session, notices);
        return names;
    }
}
