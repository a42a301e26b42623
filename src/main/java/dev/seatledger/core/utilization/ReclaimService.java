package dev.seatledger.core.utilization;

import dev.seatledger.core.assignment.Assignment;
import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.assignment.RevokeReason;
import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.License;
import dev.seatledger.core.mail.OutboxMessage;
import dev.seatledger.core.notification.NotificationKind;
import dev.seatledger.core.notification.NotificationService;
import dev.seatledger.core.people.Person;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk reclaim: each seat is revoked in its own transaction (reason reclaim), the holder gets a
 * message in the outbox and operators a notification; one failure does not undo the others.
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

    public ReclaimResult reclaim(List<Long> assignmentIds, Progress progress) {
        int done = 0;
        Map<Long, String> failures = new LinkedHashMap<>();
        List<String> freed = new ArrayList<>();
        int i = 0;
        for (long id : assignmentIds) {
            if (progress.isCancelled()) {
                break;
            }
            try {
                freed.add(tx.write(session -> {
                    Assignment a = session.find(Assignment.class, id);
                    if (a == null) {
                        throw new dev.seatledger.core.common.NotFoundException(Messages.get("assignment.notFound"));
                    }
                    assignments.revokeLocked(session, a, RevokeReason.RECLAIM);
                    License l = a.getLicense();
                    Person p = a.getPerson();
                    String name = l.getName() == null ? l.getProduct().getName() : l.getProduct().getName() + " — " + l.getName();
                    session.persist(new OutboxMessage(p.getEmail(), p.getDisplayName(),
                        Messages.get("reclaim.mail.subject", name),
                        Messages.get("reclaim.mail.body", p.getDisplayName(), name, operator.get()),
                        "RECLAIM", clock.instant(), operator.get()));
                    notifications.notifyEveryone(session, NotificationKind.SEAT_RECLAIMED,
                        Messages.get("notify.reclaimed.subject", name),
                        Messages.get("reclaim.notify.body", p.getDisplayName()), SubjectType.LICENSE, l.getId(),
                        "reclaim:" + id);
                    return name + " · " + p.getDisplayName();
                }));
                done++;
            } catch (RuntimeException e) {
                failures.put(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            progress.update(++i, assignmentIds.size());
        }
        if (progress.isCancelled() && done == 0 && failures.isEmpty()) {
            throw new CancelledException();
        }
        return new ReclaimResult(done, failures, freed);
    }
}
