package dev.seatledger.core.assignment;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.Validator;
import dev.seatledger.core.license.License;
import dev.seatledger.core.people.HeldSeats;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.people.PersonStatus;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.telemetry.TelemetryLink;
import org.hibernate.Session;

/**
 * Assign and revoke seats. The seat check and the insert run in one transaction holding a pessimistic
 * write lock on the license row, so two operators can never both take the last seat.
 */
public class AssignmentService {
    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final AssignmentHooks hooks;

    public AssignmentService(Transactions tx, Clock clock, Operator operator) {
        this(tx, clock, operator, AssignmentHooks.NONE);
    }

    public AssignmentService(Transactions tx, Clock clock, Operator operator, AssignmentHooks hooks) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.hooks = hooks;
        this.history = new HistoryRecorder(clock, operator);
    }

    private final HistoryRecorder history;

    private static String licenseName(License l) {
        return l.getName() == null ? l.getProduct().getName() : l.getProduct().getName() + " — " + l.getName();
    }

    public long assign(long licenseId, long personId, AssignmentDraft draft) {
        AssignmentDraft d = validate(draft);
        try {
            return tx.write(session -> {
                License license = lockLicense(session, licenseId);
                if (license.isArchived()) {
                    throw new BusinessRuleException(Messages.get("assignment.licenseArchived"));
                }
                Person person = session.find(Person.class, personId);
                if (person == null) {
                    throw new NotFoundException(Messages.get("person.notFound"));
                }
                if (person.getStatus() != PersonStatus.ACTIVE) {
                    throw new BusinessRuleException(Messages.get("assignment.personNotActive", person.getDisplayName()));
                }
                if (hasActive(session, licenseId, personId)) {
                    throw duplicate();
                }
                if (!license.isUnlimited() && license.getSeatsUsed() >= license.getSeatsTotal()) {
                    throw new BusinessRuleException(Messages.get("assignment.noSeats"));
                }
                Assignment a = new Assignment(license, person, clock.instant(), operator.get());
                a.setAccessLevel(d.accessLevel());
                a.setAccountIdentifier(d.accountIdentifier());
                a.setNotes(d.notes());
                session.persist(a);
                license.setSeatsUsed(license.getSeatsUsed() + 1);
                session.flush();
                session.doWork(c -> TelemetryLink.refreshSeat(c, a.getId()));
                history.record(session, SubjectType.LICENSE, licenseId, HistoryAction.ASSIGN,
                    Messages.get("history.assignedTo", person.getDisplayName()));
                history.record(session, SubjectType.PERSON, personId, HistoryAction.ASSIGN,
                    Messages.get("history.seatOf", licenseName(license)));
                return a.getId();
            });
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw duplicate();
        }
    }

    public void revoke(long assignmentId, RevokeReason reason) {
        tx.run(session -> {
            // Locks the seat's license row in one statement; the seat is read after, under that lock.
            List<?> locked = session.createNativeQuery("select l.id from license l"
                    + " where l.id = (select a.license_id from assignment a where a.id = :id) for update", Object.class)
                .setParameter("id", assignmentId).getResultList();
            if (locked.isEmpty()) {
                throw new NotFoundException(Messages.get("assignment.notFound"));
            }
            Assignment a = session.createSelectionQuery("from Assignment a join fetch a.person"
                    + " join fetch a.license l join fetch l.product where a.id = :id", Assignment.class)
                .setParameter("id", assignmentId).getSingleResult();
            revokeUnderLock(session, a, reason);
        });
    }

    /** Revokes every active seat of the person and marks them offboarded, all in one transaction. */
    public OffboardResult offboard(long personId) {
        return tx.write(session -> {
            Person person = session.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
            if (person == null) {
                throw new NotFoundException(Messages.get("person.notFound"));
            }
            List<Long> activeIds = session.createSelectionQuery(
                    "select a.id from Assignment a where a.person.id = :p and a.revokedAt is null", Long.class)
                .setParameter("p", personId)
                .getResultList();
            Map<Long, Assignment> active = lockForRevoke(session, activeIds);
            List<String> freed = new ArrayList<>();
            for (Assignment a : active.values().stream()
                    .sorted(Comparator.comparing((Assignment x) -> x.getLicense().getId())).toList()) {
                revokeUnderLock(session, a, RevokeReason.OFFBOARDING);
                License l = a.getLicense();
                freed.add(licenseName(l));
            }
            HeldSeats.Holder before = HeldSeats.Holder.of(person);
            person.markOffboarded(clock.instant(), operator.get());
            HeldSeats.followIfChanged(session, before, person);
            history.record(session, SubjectType.PERSON, personId, HistoryAction.OFFBOARD, String.join(", ", freed));
            return new OffboardResult(person.getDisplayName(), freed);
        });
    }

    /**
     * Loads assignments for a set-based revoke: first the rows of their licenses under a write lock, in
     * license id order (the order every multi-license writer uses, so two of them cannot deadlock), then
     * the assignments with holder, license and product, read while those locks are held. Three queries
     * whatever the number of seats. The session must not have loaded these licenses before.
     */
    public Map<Long, Assignment> lockForRevoke(Session session, Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return Map.of();
        }
        List<Long> licenseIds = session.createSelectionQuery(
                "select distinct a.license.id from Assignment a where a.id in :ids", Long.class)
            .setParameterList("ids", assignmentIds).getResultList();
        if (!licenseIds.isEmpty()) {
            session.createSelectionQuery("from License l where l.id in :ids order by l.id", License.class)
                .setParameterList("ids", licenseIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        }
        Map<Long, Assignment> byId = new HashMap<>();
        for (Assignment a : session.createSelectionQuery("from Assignment a join fetch a.person"
                + " join fetch a.license l join fetch l.product where a.id in :ids", Assignment.class)
            .setParameterList("ids", assignmentIds).getResultList()) {
            byId.put(a.getId(), a);
        }
        return byId;
    }

    /**
     * Revokes one assignment whose license row this transaction already holds locked (see
     * {@link #lockForRevoke}): marks it revoked, frees the seat and records the change on the license
     * and the person; the updates are flushed with the transaction.
     */
    public void revokeUnderLock(Session session, Assignment a, RevokeReason reason) {
        if (!a.isActive()) {
            throw new BusinessRuleException(Messages.get("assignment.alreadyRevoked"));
        }
        License license = a.getLicense();
        a.revoke(clock.instant(), operator.get(), reason);
        license.setSeatsUsed(Math.max(0, license.getSeatsUsed() - 1));
        String why = Messages.get("assignment.reason." + reason.name());
        history.record(session, SubjectType.LICENSE, license.getId(), HistoryAction.REVOKE,
            Messages.get("history.revokedFrom", a.getPerson().getDisplayName(), why));
        history.record(session, SubjectType.PERSON, a.getPerson().getId(), HistoryAction.REVOKE,
            Messages.get("history.seatOfRevoked", licenseName(license), why));
        hooks.revoked(a);
    }

    /** Reads a license not yet loaded in this session with its row locked: one {@code select … for update}. */
    private static License lockLicense(Session session, long licenseId) {
        License l = session.find(License.class, licenseId, LockModeType.PESSIMISTIC_WRITE);
        if (l == null) {
            throw new NotFoundException(Messages.get("license.notFound"));
        }
        return l;
    }

    /** Whether the person already holds an active seat of the license (read under the license's lock). */
    private static boolean hasActive(Session session, long licenseId, long personId) {
        return session.createSelectionQuery(
                "select count(a) from Assignment a where a.license.id = :l and a.person.id = :p and a.revokedAt is null",
                Long.class)
            .setParameter("l", licenseId)
            .setParameter("p", personId)
            .getSingleResult() > 0;
    }

    private static BusinessRuleException duplicate() {
        return new BusinessRuleException(Messages.get("assignment.duplicate"));
    }

    static AssignmentDraft validate(AssignmentDraft d) {
        AssignmentDraft t = new AssignmentDraft(Validator.trimToNull(d.accessLevel()),
            Validator.trimToNull(d.accountIdentifier()), Validator.trimToNull(d.notes()));
        new Validator()
            .maxLength("accessLevel", t.accessLevel(), Assignment.ACCESS_MAX, Messages.get("assignment.field.access"))
            .maxLength("accountIdentifier", t.accountIdentifier(), Assignment.ACCOUNT_MAX,
                Messages.get("assignment.field.account"))
            .maxLength("notes", t.notes(), Assignment.NOTES_MAX, Messages.get("assignment.field.notes"))
            .throwIfInvalid();
        return t;
    }
}
