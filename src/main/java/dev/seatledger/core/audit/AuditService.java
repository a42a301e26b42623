package dev.seatledger.core.audit;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.License;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/** Start, complete and cancel users audits; completing overwrites the license's recorded seats in use. */
public class AuditService {
    public static final Set<Integer> SCHEDULE_MONTHS = Set.of(1, 2, 3, 4, 6, 9, 12);

    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final HistoryRecorder history;

    public AuditService(Transactions tx, Clock clock, Operator operator) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.history = new HistoryRecorder(clock, operator);
    }

    public long start(long licenseId) {
        try {
            return tx.write(session -> {
                License l = lock(session, licenseId);
                if (l.isArchived()) {
                    throw new BusinessRuleException(Messages.get("audit.licenseArchived"));
                }
                if (openAudit(session, licenseId) != null) {
                    throw alreadyOpen();
                }
                UsageAudit a = new UsageAudit(l, l.getSeatsUsed(), clock.instant(), operator.get());
                session.persist(a);
                session.flush();
                history.record(session, SubjectType.LICENSE, licenseId, HistoryAction.AUDIT_START,
                    Messages.get("audit.history.start", l.getSeatsUsed()));
                return a.getId();
            });
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw alreadyOpen();
        }
    }

    /** Records the real count, overwrites seats in use, and optionally schedules the next audit. */
    public AuditRow complete(long licenseId, Integer realCount, String notes, Integer nextInMonths) {
        return complete(licenseId, realCount, notes, nextInMonths, null);
    }

    /**
     * The same, with what the history entry says after the counts (a comparison with the vendor's list and the actions
     * taken on it); cut to the entry's 4,000 characters.
     */
    public AuditRow complete(long licenseId, Integer realCount, String notes, Integer nextInMonths, String detail) {
        if (realCount == null || realCount < 0) {
            throw ValidationException.of("count", Messages.get("audit.count.invalid"));
        }
        if (nextInMonths != null && !SCHEDULE_MONTHS.contains(nextInMonths)) {
            throw ValidationException.of("next", Messages.get("audit.next.invalid"));
        }
        if (notes != null && notes.length() > 2000) {
            throw ValidationException.of("notes", Messages.get("validation.tooLong", Messages.get("audit.field.notes"), 2000));
        }
        return tx.write(session -> {
            License l = lock(session, licenseId);
            UsageAudit a = openAudit(session, licenseId);
            if (a == null) {
                throw new BusinessRuleException(Messages.get("audit.noneOpen"));
            }
            LocalDate next = nextInMonths == null ? null : LocalDate.now(clock).plusMonths(nextInMonths);
            a.complete(realCount, blankToNull(notes), next, clock.instant(), operator.get());
            l.setSeatsUsed(realCount);
            l.setNextAuditDate(next);
            String summary = Messages.get("audit.history.complete", a.getBeforeCount(), realCount, signed(a.getDelta()));
            if (detail != null) {
                summary = summary + ". " + detail;
                summary = summary.length() <= 4000 ? summary : summary.substring(0, 3999) + "…";
            }
            history.record(session, SubjectType.LICENSE, licenseId, HistoryAction.AUDIT_COMPLETE, summary);
            return toRow(a);
        });
    }

    public void cancel(long licenseId, String reason) {
        tx.run(session -> {
            lock(session, licenseId);
            UsageAudit a = openAudit(session, licenseId);
            if (a == null) {
                throw new BusinessRuleException(Messages.get("audit.noneOpen"));
            }
            a.cancel(blankToNull(reason), clock.instant(), operator.get());
            history.record(session, SubjectType.LICENSE, licenseId, HistoryAction.AUDIT_CANCEL, blankToNull(reason));
        });
    }

    public AuditState state(long licenseId) {
        return tx.read(session -> {
            License l = session.find(License.class, licenseId);
            if (l == null) {
                throw new NotFoundException(Messages.get("license.notFound"));
            }
            UsageAudit open = openAudit(session, licenseId);
            return new AuditState(open == null ? null : toRow(open), l.getNextAuditDate(), l.getSeatsUsed());
        });
    }

    public List<AuditRow> history(long licenseId) {
        return tx.read(session -> session.createSelectionQuery(
                "from UsageAudit a where a.license.id = :l order by a.startedAt desc, a.id desc", UsageAudit.class)
            .setParameter("l", licenseId)
            .getResultList().stream().map(AuditService::toRow).toList());
    }

    static String signed(int delta) {
        return delta > 0 ? "+" + delta : String.valueOf(delta);
    }

    private static UsageAudit openAudit(Session session, long licenseId) {
        return session.createSelectionQuery("from UsageAudit a where a.license.id = :l and a.status = :s", UsageAudit.class)
            .setParameter("l", licenseId)
            .setParameter("s", AuditStatus.IN_PROGRESS)
            .uniqueResult();
    }

    private static License lock(Session session, long licenseId) {
        License l = session.find(License.class, licenseId, LockModeType.PESSIMISTIC_WRITE);
        if (l == null) {
            throw new NotFoundException(Messages.get("license.notFound"));
        }
        return l;
    }

    private static BusinessRuleException alreadyOpen() {
        return new BusinessRuleException(Messages.get("audit.alreadyOpen"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static AuditRow toRow(UsageAudit a) {
        return new AuditRow(a.getId(), a.getStatus(), a.getStartedAt(), a.getStartedBy(), a.getBeforeCount(),
            a.getFinishedAt(), a.getFinishedBy(), a.getAfterCount(), a.getDelta(), a.getNotes(), a.getNextAuditDate());
    }
}
