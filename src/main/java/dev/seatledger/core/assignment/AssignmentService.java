package dev.seatledger.core.assignment;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.Validator;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.people.HeldSeats;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.core.seatgroup.SeatGroupCounts;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/**
 * Assign and revoke seats: the rules a person and a license must meet, the messages, and the history of each
 * change; the seat rows themselves are written by {@link SeatWriter}, the one path for every seat.
 */
public class AssignmentService {
    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final AssignmentHooks hooks;
    private final HistoryRecorder history;

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

    /**
     * Issues one seat. What needs no lock is read first, in one statement (the license with its product, and
     * the person); then the seat is taken on the license row, which locks that row until the commit, so the lock
     * is held only for the writes.
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
            NewSeat seat = new NewSeat(licenseId, personId, d.accessLevel(), d.accountIdentifier(), d.notes(), at, by,
                f.holder());
            long id = session.doReturningWork(c -> SeatWriter.issue(c, seat));
            history.record(session, SubjectType.LICENSE, licenseId, HistoryAction.ASSIGN,
                Messages.get("history.assignedTo", f.displayName()));
            history.record(session, SubjectType.PERSON, personId, HistoryAction.ASSIGN,
                Messages.get("history.seatOf", SeatWriter.licenseName(f.productName(), f.licenseName())));
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
                List<SeatImportResult.RefusedRow> refused = new java.util.ArrayList<>();
                int assigned = 0;
                SeatGroupCounts counts = new SeatGroupCounts();
                for (ImportedSeat seat : seats) {
                    String why = session.doReturningWork(c -> issue(c, seat, counts));
                    if (why != null) {
                        refused.add(new SeatImportResult.RefusedRow(seat.row(), why));
                    } else {
                        assigned++;
                        recordImported(session, seat);
                    }
                }
                session.doWork(counts::write);
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
    private String issue(java.sql.Connection c, ImportedSeat seat, SeatGroupCounts counts) throws java.sql.SQLException {
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
        try {
            SeatWriter.issue(c, new NewSeat(seat.licenseId(), seat.personId(), d.accessLevel(), d.accountIdentifier(),
                d.notes(), seat.assignedAt(), operator.get(), f.holder()), counts);
            return null;
        } catch (BusinessRuleException | NotFoundException e) {
            // a duplicate or no seat remaining, found before anything was written
            return e.getMessage();
        }
    }

    private void recordImported(Session session, ImportedSeat seat) {
        SeatWriteSql.AssignFacts f = session.doReturningWork(c -> SeatWriteSql.readForAssign(c, seat.licenseId(),
            seat.personId()));
        history.record(session, SubjectType.LICENSE, seat.licenseId(), HistoryAction.ASSIGN,
            Messages.get("history.assignedTo", f.displayName()));
        history.record(session, SubjectType.PERSON, seat.personId(), HistoryAction.ASSIGN,
            Messages.get("history.seatOf", SeatWriter.licenseName(f.productName(), f.licenseName())));
    }

    /** Rolls back an import that saves nothing, carrying its outcome out of the transaction. */
    private static final class RolledBack extends RuntimeException {
        private final transient SeatImportResult result;

        RolledBack(SeatImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** Revokes one seat; a seat revoked meanwhile is refused with "This seat was already revoked". */
    public void revoke(long assignmentId, RevokeReason reason) {
        tx.run(session -> revokeAll(session, List.of(assignmentId), reason));
    }

    /** Revokes every active seat of the person and marks them offboarded, all in one transaction. */
    public OffboardResult offboard(long personId) {
        return tx.write(session -> {
            Person person = session.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
            if (person == null) {
                throw new NotFoundException(Messages.get("person.notFound"));
            }
            List<Long> active = session.createSelectionQuery("select a.id from Assignment a"
                    + " where a.person.id = :p and a.revokedAt is null order by a.license.id, a.id", Long.class)
                .setParameter("p", personId)
                .getResultList();
            List<String> freed = revokeAll(session, active, RevokeReason.OFFBOARDING).stream()
                .map(RevokedSeat::licenseName).toList();
            HeldSeats.Holder before = HeldSeats.Holder.of(person);
            person.markOffboarded(clock.instant(), operator.get());
            HeldSeats.followIfChanged(session, before, person);
            history.record(session, SubjectType.PERSON, personId, HistoryAction.OFFBOARD, String.join(", ", freed));
            return new OffboardResult(person.getDisplayName(), freed);
        });
    }

    /**
     * Revokes the seats in the caller's transaction, all or none (reclaim revokes a chunk at a time this way): the
     * seats are written by {@link SeatWriter#revoke}, then each revoke is recorded on the license and the person
     * and told to the hooks. Returns the seats in the order given.
     */
    public List<RevokedSeat> revokeAll(Session session, List<Long> assignmentIds, RevokeReason reason) {
        Instant at = clock.instant();
        String by = operator.get();
        List<RevokedSeat> revoked = session.doReturningWork(c -> SeatWriter.revoke(c, assignmentIds, reason, at, by));
        String why = Messages.get("assignment.reason." + reason.name());
        for (RevokedSeat seat : revoked) {
            history.record(session, SubjectType.LICENSE, seat.licenseId(), HistoryAction.REVOKE,
                Messages.get("history.revokedFrom", seat.holderName(), why));
            history.record(session, SubjectType.PERSON, seat.personId(), HistoryAction.REVOKE,
                Messages.get("history.seatOfRevoked", seat.licenseName(), why));
            hooks.revoked(seat);
        }
        return revoked;
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
