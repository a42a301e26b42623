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
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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
 * Assign and revoke seats. The seat is counted on the license row by the statement that locks it, in the
 * transaction that writes the seat, so two operators can never both take the last seat.
 */
public class AssignmentService {
    private static final String UNIQUE_VIOLATION = "23505";
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
        return licenseName(l.getProduct().getName(), l.getName());
    }

    private static String licenseName(String product, String license) {
        return license == null ? product : product + " — " + license;
    }

    /**
     * Issues one seat. What needs no lock is read first, in one statement (the license with its product, and
     * the person), then whether the person already holds a seat; then one statement takes the seat on the
     * license row, which locks that row until the commit, so the lock is held only for the writes.
     */
    public long assign(long licenseId, long personId, AssignmentDraft draft) {
        AssignmentDraft d = validate(draft);
        return tx.write(session -> {
            Instant at = clock.instant();
            String by = operator.get();
            SeatWriteSql.AssignFacts f = session.doReturningWork(c -> SeatWriteSql.readForAssign(c, licenseId, personId));
            if (f == null) {
                throw new NotFoundException(Messages.get("license.notFound"));
            }
            if (f.archived()) {
                throw new BusinessRuleException(Messages.get("assignment.licenseArchived"));
            }
            if (!f.personFound()) {
                throw new NotFoundException(Messages.get("person.notFound"));
            }
            if (f.status() != PersonStatus.ACTIVE) {
                throw new BusinessRuleException(Messages.get("assignment.personNotActive", f.displayName()));
            }
            long id = session.doReturningWork(c -> {
                if (SeatWriteSql.holdsSeat(c, licenseId, personId)) {
                    throw duplicate();
                }
                if (!SeatWriteSql.takeSeat(c, licenseId)) {
                    throw noSeatWhy(SeatWriteSql.archived(c, licenseId));
                }
                long seat;
                try {
                    seat = SeatWriteSql.insertSeat(c, licenseId, personId, f, d, at, by);
                } catch (SQLException e) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        // The same person raced past the check above; the unique key of active seats refuses
                        // the second seat once the first committed.
                        throw duplicate();
                    }
                    throw e;
                }
                TelemetryLink.refreshSeat(c, seat);
                return seat;
            });
            history.record(session, SubjectType.LICENSE, licenseId, HistoryAction.ASSIGN,
                Messages.get("history.assignedTo", f.displayName()));
            history.record(session, SubjectType.PERSON, personId, HistoryAction.ASSIGN,
                Messages.get("history.seatOf", licenseName(f.productName(), f.licenseName())));
            return id;
        });
    }

    /**
     * Issues the seats of a file in one transaction, each under the rules of {@link #assign} (license not archived,
     * holder active, no duplicate, no overcommit) and through the same statements, but with the date the file gives.
     * A refused row is reported with its reason; unless {@code skipRefused}, one refused row saves nothing. A dry run
     * checks every row the same way and saves nothing.
     */
    public SeatImportResult importSeats(List<ImportedSeat> seats, boolean skipRefused, boolean dryRun) {
        try {
            return tx.write(session -> {
                List<SeatImportResult.RefusedRow> refused = new ArrayList<>();
                int assigned = 0;
                for (ImportedSeat seat : seats) {
                    String why = session.doReturningWork(c -> issue(c, seat));
                    if (why != null) {
                        refused.add(new SeatImportResult.RefusedRow(seat.row(), why));
                    } else {
                        assigned++;
                        recordImported(session, seat);
                    }
                }
                SeatImportResult result = new SeatImportResult(assigned, List.copyOf(refused), true);
                if (dryRun || !refused.isEmpty() && !skipRefused) {
                    throw new RolledBack(new SeatImportResult(assigned, result.refused(), false));
                }
                return result;
            });
        } catch (RolledBack r) {
            return r.result;
        }
    }

    /** Issues one seat of a file; returns why it is refused, or null when it was written. */
    private String issue(java.sql.Connection c, ImportedSeat seat) throws SQLException {
        AssignmentDraft d;
        try {
            d = validate(seat.draft());
        } catch (dev.seatledger.core.common.ValidationException e) {
            return e.getMessage();
        }
        SeatWriteSql.AssignFacts f = SeatWriteSql.readForAssign(c, seat.licenseId(), seat.personId());
        if (f == null) {
            return Messages.get("license.notFound");
        }
        if (f.archived()) {
            return Messages.get("assignment.licenseArchived");
        }
        if (!f.personFound()) {
            return Messages.get("person.notFound");
        }
        if (f.status() != PersonStatus.ACTIVE) {
            return Messages.get("assignment.personNotActive", f.displayName());
        }
        if (SeatWriteSql.holdsSeat(c, seat.licenseId(), seat.personId())) {
            return Messages.get("assignment.duplicate");
        }
        if (!SeatWriteSql.takeSeat(c, seat.licenseId())) {
            return Messages.get("assignment.noSeats");
        }
        long id = SeatWriteSql.insertSeat(c, seat.licenseId(), seat.personId(), f, d, seat.assignedAt(), operator.get());
        TelemetryLink.refreshSeat(c, id);
        return null;
    }

    private void recordImported(Session session, ImportedSeat seat) {
        SeatWriteSql.AssignFacts f = session.doReturningWork(c -> SeatWriteSql.readForAssign(c, seat.licenseId(),
            seat.personId()));
        history.record(session, SubjectType.LICENSE, seat.licenseId(), HistoryAction.ASSIGN,
            Messages.get("history.assignedTo", f.displayName()));
        history.record(session, SubjectType.PERSON, seat.personId(), HistoryAction.ASSIGN,
            Messages.get("history.seatOf", licenseName(f.productName(), f.licenseName())));
    }

    /** Rolls back an import that saves nothing, carrying its outcome out of the transaction. */
    private static final class RolledBack extends RuntimeException {
        private final transient SeatImportResult result;

        RolledBack(SeatImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private static RuntimeException noSeatWhy(Boolean archived) {
        if (archived == null) {
            return new NotFoundException(Messages.get("license.notFound"));
        }
        return new BusinessRuleException(Messages.get(archived ? "assignment.licenseArchived" : "assignment.noSeats"));
    }

    /**
     * Revokes one seat. The seat, its holder and its license's names are read first without a lock; then the
     * license row is locked by freeing the seat (license before seat, the order every writer of seats locks
     * in), and the seat is marked revoked only if it still is active.
     */
    public void revoke(long assignmentId, RevokeReason reason) {
        tx.run(session -> {
            Instant at = clock.instant();
            String by = operator.get();
            SeatWriteSql.RevokeFacts f = session.doReturningWork(c -> {
                SeatWriteSql.RevokeFacts read = SeatWriteSql.readForRevoke(c, assignmentId);
                if (read == null) {
                    throw new NotFoundException(Messages.get("assignment.notFound"));
                }
                if (read.revoked()) {
                    throw new BusinessRuleException(Messages.get("assignment.alreadyRevoked"));
                }
                SeatWriteSql.freeSeat(c, read.licenseId());
                if (!SeatWriteSql.markRevoked(c, assignmentId, at, by, reason)) {
                    throw new BusinessRuleException(Messages.get("assignment.alreadyRevoked"));
                }
                return read;
            });
            recordRevoke(session, f.licenseId(), f.personId(), f.displayName(),
                licenseName(f.productName(), f.licenseName()), reason);
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
        recordRevoke(session, license.getId(), a.getPerson().getId(), a.getPerson().getDisplayName(),
            licenseName(license), reason);
        hooks.revoked(a);
    }

    /** Records a revoke on the license and on the person. */
    private void recordRevoke(Session session, long licenseId, long personId, String holder, String licenseName,
                              RevokeReason reason) {
        String why = Messages.get("assignment.reason." + reason.name());
        history.record(session, SubjectType.LICENSE, licenseId, HistoryAction.REVOKE,
            Messages.get("history.revokedFrom", holder, why));
        history.record(session, SubjectType.PERSON, personId, HistoryAction.REVOKE,
            Messages.get("history.seatOfRevoked", licenseName, why));
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
