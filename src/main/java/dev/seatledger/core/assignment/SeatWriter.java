package dev.seatledger.core.assignment;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.seatgroup.SeatGroupCounts;
import dev.seatledger.core.telemetry.TelemetryLink;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one path that issues and revokes seats, on the connection of the caller's transaction, under the rules
 * every seat keeps:
 * <ul>
 * <li>the license row is locked by the statement that counts the seat on it, licenses before seats and in license
 * id order, so two writers can neither both take the last seat nor deadlock;</li>
 * <li>the counter goes up only while a seat is free and the license is not archived, and never below zero;</li>
 * <li>a new seat carries its holder's facts; a revoked seat keeps revoked_at, revoked_by and the reason, and
 * stays as history;</li>
 * <li>the active seats per license and holder group (seat_group_count) change with the seats, after the license
 * lock.</li>
 * </ul>
 * Everything that needs no lock is read before the first locking statement. Imports and generated data, which
 * write seats of licenses they created, insert through {@link SeatBatch} with the same statement.
 */
final class SeatWriter {
    private static final String UNIQUE_VIOLATION = "23505";

    private SeatWriter() {
    }

    /** A license's name as lists show it: the product, then the license's own name when it has one. */
    static String licenseName(String product, String license) {
        return license == null ? product : product + " — " + license;
    }

    /**
     * Issues one seat: refused when the person holds one of the license already, when no seat is free or the
     * license is archived or gone. Takes the seat on the license row (which locks it), inserts the seat, and
     * gives it the usage its holder's devices already report. Returns the seat's id.
     */
    static long issue(Connection c, NewSeat seat) throws SQLException {
        SeatGroupCounts counts = new SeatGroupCounts();
        long id = issue(c, seat, counts);
        counts.write(c);
        return id;
    }

    /**
     * Issues one seat as {@link #issue(Connection, NewSeat)} does, counting it in {@code counts}, which the caller
     * writes before its transaction ends (an import writes the counts of all its seats at once).
     */
    static long issue(Connection c, NewSeat seat, SeatGroupCounts counts) throws SQLException {
        if (SeatWriteSql.holdsSeat(c, seat.licenseId(), seat.personId())) {
            throw duplicate();
        }
        if (!SeatWriteSql.takeSeat(c, seat.licenseId())) {
            throw noSeatWhy(SeatWriteSql.archived(c, seat.licenseId()));
        }
        long id;
        try {
            id = SeatWriteSql.insertSeat(c, seat);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // The same person raced past the check above; the unique key of active seats refuses the second
                // seat once the first committed.
                throw duplicate();
            }
            throw e;
        }
        counts.add(seat.licenseId(), seat.holder().department(), seat.holder().costCentre(), 1);
        TelemetryLink.refreshSeat(c, id);
        return id;
    }

    /**
     * Revokes the seats, all or none: refused when one does not exist or is revoked already, also when another
     * writer revokes it meanwhile. The seats are read first without a lock; then each license is locked by counting
     * its freed seats off, in license id order; then the seats are marked revoked only where they still are
     * active, and their groups' counts go down. Returns the seats in the order given.
     */
    static List<RevokedSeat> revoke(Connection c, List<Long> seatIds, RevokeReason reason, Instant at, String by)
            throws SQLException {
        if (seatIds.isEmpty()) {
            return List.of();
        }
        Map<Long, SeatWriteSql.RevokeFacts> facts = SeatWriteSql.readForRevoke(c, seatIds);
        SortedMap<Long, Integer> freedByLicense = new TreeMap<>();
        for (long id : seatIds) {
            SeatWriteSql.RevokeFacts f = facts.get(id);
            if (f == null) {
                throw new NotFoundException(Messages.get("assignment.notFound"));
            }
            if (f.revoked()) {
                throw alreadyRevoked();
            }
            freedByLicense.merge(f.licenseId(), 1, Integer::sum);
        }
        SeatWriteSql.freeSeats(c, freedByLicense);
        if (!SeatWriteSql.markRevoked(c, seatIds, at, by, reason)) {
            throw alreadyRevoked();
        }
        // the groups as the seats carry them now that their licenses are locked: a holder moved meanwhile moved
        // the seat's group with it
        SeatWriteSql.countRevoked(c, seatIds).write(c);
        List<RevokedSeat> revoked = new ArrayList<>(seatIds.size());
        for (long id : seatIds) {
            revoked.add(facts.get(id).revoked(id));
        }
        return revoked;
    }

    private static RuntimeException noSeatWhy(Boolean archived) {
        if (archived == null) {
            return new NotFoundException(Messages.get("license.notFound"));
        }
        return new BusinessRuleException(Messages.get(archived ? "assignment.licenseArchived" : "assignment.noSeats"));
    }

    private static BusinessRuleException duplicate() {
        return new BusinessRuleException(Messages.get("assignment.duplicate"));
    }

    private static BusinessRuleException alreadyRevoked() {
        return new BusinessRuleException(Messages.get("assignment.alreadyRevoked"));
    }
}
