package dev.seatledger.core.assignment;

import dev.seatledger.core.common.IdChunks;
import dev.seatledger.core.people.HeldSeats;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.core.seatgroup.SeatGroupCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The statements that write seat rows ({@link SeatWriter} runs them in order; {@link SeatBatch} shares the insert):
 * each is one short statement on the connection of the caller's transaction, so a license row is locked only for
 * the writes.
 */
final class SeatWriteSql {
    /** A license, with its product, and a person, as read before a seat of the license is issued to them. */
    record AssignFacts(boolean archived, String licenseName, String productName, boolean personFound,
                       String displayName, PersonStatus status, String department, LocalDate lastSignIn, String email,
                       String costCentre) {
        /** The person's facts as the new seat keeps them. */
        HeldSeats.Holder holder() {
            return HeldSeats.Holder.of(displayName, status, department, lastSignIn, email, costCentre);
        }
    }

    /** A seat as read before it is revoked. */
    record RevokeFacts(long licenseId, long personId, boolean revoked, String displayName, String email,
                       String licenseName, String productName) {
        RevokedSeat revoked(long seatId) {
            return new RevokedSeat(seatId, licenseId, personId, displayName, email, SeatWriter.licenseName(productName,
                licenseName));
        }
    }

    /** The columns every writer of a new seat sets, in the order {@link #bind} binds them. */
    private static final String COLUMNS = "license_id, person_id, active_person_id, access_level, account_identifier,"
        + " notes, assigned_at, assigned_by, holder_key, holder_status, holder_department, holder_sign_in, holder_email,"
        + " holder_cost_centre";
    private static final int BOUND = 14;

    private SeatWriteSql() {
    }

    /** The license and the person in one read, or null when the license does not exist. */
    static AssignFacts readForAssign(Connection c, long licenseId, long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select l.archived_at, l.name, p.name, pe.id, pe.display_name,"
                + " pe.status, pe.department, pe.last_sign_in, pe.email, pe.cost_centre from license l join product p on p.id = l.product_id"
                + " left join person pe on pe.id = ? where l.id = ?")) {
            ps.setLong(1, personId);
            ps.setLong(2, licenseId);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                boolean found = r.getObject(4) != null;
                return new AssignFacts(r.getObject(1) != null, r.getString(2), r.getString(3), found, r.getString(5),
                    found ? PersonStatus.valueOf(r.getString(6)) : null, r.getString(7),
                    r.getObject(8, LocalDate.class), r.getString(9), r.getString(10));
            }
        }
    }

    /** Whether the person holds an active seat of the license (the unique key of active seats answers it). */
    static boolean holdsSeat(Connection c, long licenseId, long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select 1 from assignment where license_id = ? and active_person_id = ?")) {
            ps.setLong(1, licenseId);
            ps.setLong(2, personId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * Counts one more seat on the license while one is free and the license is not archived; true when taken.
     * The update locks the license row until the commit, and a writer that waited for that lock judges the
     * row as its holder committed it, so two writers can never both take the last seat.
     */
    static boolean takeSeat(Connection c, long licenseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update license set seats_used = seats_used + 1,"
                + " version = version + 1 where id = ? and archived_at is null"
                + " and (seat_type = 'UNLIMITED' or seats_used < seats_total)")) {
            ps.setLong(1, licenseId);
            return ps.executeUpdate() == 1;
        }
    }

    /** Whether the license is archived; null when it does not exist. */
    static Boolean archived(Connection c, long licenseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select archived_at from license where id = ?")) {
            ps.setLong(1, licenseId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getObject(1) != null : null;
            }
        }
    }

    /**
     * The insert of a seat row: the seat's own columns, then {@code extra} columns for writers that set more
     * (the generated dataset writes ids, revocations and usage facts), bound after the seat's own.
     */
    static String insert(String... extra) {
        StringBuilder sql = new StringBuilder("insert into assignment (").append(COLUMNS);
        for (String column : extra) {
            sql.append(", ").append(column);
        }
        sql.append(", version) values (").append(String.join(", ", Collections.nCopies(BOUND + extra.length, "?")));
        return sql.append(", 0)").toString();
    }

    /**
     * Binds the seat's own columns from the first parameter on; an inactive seat (written revoked) has no active
     * holder. Returns the index of the next parameter.
     */
    static int bind(PreparedStatement ps, NewSeat seat, boolean active) throws SQLException {
        ps.setLong(1, seat.licenseId());
        ps.setLong(2, seat.personId());
        if (active) {
            ps.setLong(3, seat.personId());
        } else {
            ps.setNull(3, Types.BIGINT);
        }
        ps.setString(4, seat.accessLevel());
        ps.setString(5, seat.accountIdentifier());
        ps.setString(6, seat.notes());
        ps.setObject(7, OffsetDateTime.ofInstant(seat.assignedAt(), ZoneOffset.UTC));
        ps.setString(8, seat.assignedBy());
        seat.holder().bind(ps, 9);
        return BOUND + 1;
    }

    /** Inserts one active seat; returns its id. */
    static long insertSeat(Connection c, NewSeat seat) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insert(), new String[] {"id"})) {
            bind(ps, seat, true);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /** The seats with their holders' names and their licenses' names, by id; ids that do not exist are left out. */
    static Map<Long, RevokeFacts> readForRevoke(Connection c, Collection<Long> seatIds) throws SQLException {
        Map<Long, RevokeFacts> byId = new HashMap<>();
        for (List<Long> part : IdChunks.chunks(seatIds)) {
            try (PreparedStatement ps = IdChunks.prepare(c, "select a.id, a.license_id, a.person_id, a.revoked_at,"
                    + " pe.display_name, pe.email, l.name, p.name from assignment a join person pe on pe.id = a.person_id"
                    + " join license l on l.id = a.license_id join product p on p.id = l.product_id where a.id in (%s)", part);
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    byId.put(r.getLong(1), new RevokeFacts(r.getLong(2), r.getLong(3), r.getObject(4) != null,
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
                }
            }
        }
        return byId;
    }

    /**
     * Counts the freed seats off each license, in the map's order (license id order, the order every writer of
     * seats locks licenses in), never below zero; each update locks its license row until the commit.
     */
    static void freeSeats(Connection c, SortedMap<Long, Integer> freedByLicense) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update license set seats_used = greatest(seats_used - ?, 0),"
                + " version = version + 1 where id = ?")) {
            for (Map.Entry<Long, Integer> e : freedByLicense.entrySet()) {
                ps.setInt(1, e.getValue());
                ps.setLong(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Marks the seats revoked where they still are active; false when another writer revoked any of them first. */
    static boolean markRevoked(Connection c, List<Long> seatIds, Instant at, String by, RevokeReason reason)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update assignment set revoked_at = ?, revoked_by = ?,"
                + " revoke_reason = ?, active_person_id = null, version = version + 1 where id = ? and revoked_at is null")) {
            OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            for (long id : seatIds) {
                ps.setObject(1, when);
                ps.setString(2, by);
                ps.setString(3, reason.name());
                ps.setLong(4, id);
                ps.addBatch();
            }
            for (int changed : ps.executeBatch()) {
                if (changed != 1) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The seats, now revoked, counted off their license and holder group. */
    static SeatGroupCounts countRevoked(Connection c, List<Long> seatIds) throws SQLException {
        SeatGroupCounts counts = new SeatGroupCounts();
        for (List<Long> part : IdChunks.chunks(seatIds)) {
            try (PreparedStatement ps = IdChunks.prepare(c, "select license_id, holder_department, holder_cost_centre"
                    + " from assignment where id in (%s)", part);
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    counts.add(r.getLong(1), r.getString(2), r.getString(3), -1);
                }
            }
        }
        return counts;
    }
}
