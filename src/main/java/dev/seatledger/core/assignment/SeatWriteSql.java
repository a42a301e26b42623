package dev.seatledger.core.assignment;

import dev.seatledger.core.people.HeldSeats;
import dev.seatledger.core.people.PersonStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The statements of assigning and revoking one seat, the path operators use most: each is one short
 * statement on the connection of the caller's transaction, so the license row is locked only for the
 * writes. Bulk paths (offboarding, reclaim, imports) keep their set-based statements.
 */
final class SeatWriteSql {
    /** A license, with its product, and a person, as read before a seat of the license is issued to them. */
    record AssignFacts(boolean archived, String licenseName, String productName, boolean personFound,
                       String displayName, PersonStatus status, String department, LocalDate lastSignIn, String email,
                       String costCentre) {
    }

    /** A seat as read before it is revoked. */
    record RevokeFacts(long licenseId, long personId, boolean revoked, String displayName, String licenseName,
                       String productName) {
    }

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

    /** Inserts the seat with its holder's facts (name key, status, department, sign-in, e-mail, cost centre); returns its id. */
    static long insertSeat(Connection c, long licenseId, long personId, AssignFacts f, AssignmentDraft d, Instant at,
                           String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into assignment (license_id, person_id, active_person_id,"
                + " access_level, account_identifier, notes, assigned_at, assigned_by, holder_key, holder_status,"
                + " holder_department, holder_sign_in, holder_email, holder_cost_centre, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                new String[] {"id"})) {
            ps.setLong(1, licenseId);
            ps.setLong(2, personId);
            ps.setLong(3, personId);
            ps.setString(4, d.accessLevel());
            ps.setString(5, d.accountIdentifier());
            ps.setString(6, d.notes());
            ps.setObject(7, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setString(8, by);
            HeldSeats.Holder.of(f.displayName(), f.status(), f.department(), f.lastSignIn(), f.email(), f.costCentre())
                .bind(ps, 9);
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /** The seat with its holder's name and its license's names, or null when it does not exist. */
    static RevokeFacts readForRevoke(Connection c, long assignmentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select a.license_id, a.person_id, a.revoked_at, pe.display_name,"
                + " l.name, p.name from assignment a join person pe on pe.id = a.person_id"
                + " join license l on l.id = a.license_id join product p on p.id = l.product_id where a.id = ?")) {
            ps.setLong(1, assignmentId);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return new RevokeFacts(r.getLong(1), r.getLong(2), r.getObject(3) != null, r.getString(4),
                    r.getString(5), r.getString(6));
            }
        }
    }

    /** Counts one seat fewer on the license, locking its row until the commit. */
    static void freeSeat(Connection c, long licenseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update license set seats_used = greatest(seats_used - 1, 0),"
                + " version = version + 1 where id = ?")) {
            ps.setLong(1, licenseId);
            ps.executeUpdate();
        }
    }

    /** Marks the seat revoked if it still is active; false when another writer revoked it first. */
    static boolean markRevoked(Connection c, long assignmentId, Instant at, String by, RevokeReason reason)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update assignment set revoked_at = ?, revoked_by = ?,"
                + " revoke_reason = ?, active_person_id = null, version = version + 1 where id = ? and revoked_at is null")) {
            ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setString(2, by);
            ps.setString(3, reason.name());
            ps.setLong(4, assignmentId);
            return ps.executeUpdate() == 1;
        }
    }
}
