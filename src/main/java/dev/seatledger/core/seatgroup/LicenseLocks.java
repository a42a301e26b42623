package dev.seatledger.core.seatgroup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.SortedSet;

/**
 * Locks license rows until the commit, in license id order (the order every writer of seats locks licenses in), for
 * writers that change the seats of a license without changing the license row: an update that leaves the row as it
 * is takes the row lock on H2 and PostgreSQL alike.
 */
public final class LicenseLocks {
    private LicenseLocks() {
    }

    public static void lock(Connection c, SortedSet<Long> licenseIds) throws SQLException {
        if (licenseIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("update license set seats_used = seats_used where id = ?")) {
            for (long id : licenseIds) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
