package dev.seatledger.core.seatgroup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The changes one transaction makes to the active seats per license and holder group (table seat_group_count, V23),
 * gathered while the seats are written and then written in batches. Every writer of seats of licenses others can see
 * writes the changes after it locked those licenses (SeatWriter, HeldSeats), and the other writers (SeatBatch) write
 * seats of licenses nobody else sees yet, so the rows of one license change one transaction at a time: a group's row
 * is added to where it exists and inserted where the update found none, two short statements that H2 and PostgreSQL
 * read alike. The unique key on (license, group) stays the backstop.
 */
public final class SeatGroupCounts {
    private static final String UPDATE = "update seat_group_count set seats = seats + ? where license_id = ?"
        + " and department_key = ? and cost_centre_key = ?";
    private static final String INSERT = "insert into seat_group_count (license_id, department, cost_centre, seats)"
        + " values (?, ?, ?, ?)";

    private final SortedMap<SeatGroup, Long> changes = new TreeMap<>();

    /** Counts {@code seats} more (or fewer, when negative) active seats in the group. */
    public void add(long licenseId, String department, String costCentre, long seats) {
        changes.merge(new SeatGroup(licenseId, department, costCentre), seats, Long::sum);
    }

    /** Moves {@code seats} active seats of the license from one group to another. */
    public void move(long licenseId, String fromDepartment, String fromCostCentre, String toDepartment,
                     String toCostCentre, long seats) {
        add(licenseId, fromDepartment, fromCostCentre, -seats);
        add(licenseId, toDepartment, toCostCentre, seats);
    }

    /** Writes the changes gathered so far, in license and group order, and forgets them. */
    public void write(Connection c) throws SQLException {
        changes.values().removeIf(n -> n == 0);
        if (changes.isEmpty()) {
            return;
        }
        List<Map.Entry<SeatGroup, Long>> entries = new ArrayList<>(changes.entrySet());
        List<Map.Entry<SeatGroup, Long>> missing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            for (Map.Entry<SeatGroup, Long> e : entries) {
                ps.setLong(1, e.getValue());
                ps.setLong(2, e.getKey().licenseId());
                ps.setString(3, key(e.getKey().department()));
                ps.setString(4, key(e.getKey().costCentre()));
                ps.addBatch();
            }
            int[] updated = ps.executeBatch();
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) {
                    missing.add(entries.get(i));
                }
            }
        }
        if (!missing.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Map.Entry<SeatGroup, Long> e : missing) {
                    ps.setLong(1, e.getKey().licenseId());
                    ps.setString(2, e.getKey().department());
                    ps.setString(3, e.getKey().costCentre());
                    ps.setLong(4, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        changes.clear();
    }

    /** A group name as the unique key holds it (V23's generated key columns): '' for none, '=' and the name otherwise. */
    static String key(String name) {
        return name == null ? "" : "=" + name;
    }
}
