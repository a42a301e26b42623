package dev.seatledger.core.seatgroup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The changes one transaction makes to the active seats per license and holder group (table seat_group_count, V23),
 * gathered while the seats are written and then written in one batch statement. A writer of seats of licenses others
 * can see writes the changes after it locked those licenses (SeatWriter, HeldSeats), so the counts of one license
 * change one transaction at a time; the statement adds to a group's row or creates it in one step (PostgreSQL:
 * insert on conflict, H2: merge), so a new group never fails on the unique key.
 */
public final class SeatGroupCounts {
    private static final String POSTGRES = "insert into seat_group_count (license_id, department, cost_centre, seats)"
        + " values (?, ?, ?, ?) on conflict (license_id, department_key, cost_centre_key)"
        + " do update set seats = seat_group_count.seats + excluded.seats";
    private static final String H2 = "merge into seat_group_count t using (values (cast(? as bigint),"
        + " cast(? as varchar(120)), cast(? as varchar(120)), cast(? as bigint))) s (license_id, department, cost_centre,"
        + " seats) on t.license_id = s.license_id and t.department_key = coalesce('=' || s.department, '')"
        + " and t.cost_centre_key = coalesce('=' || s.cost_centre, '')"
        + " when matched then update set seats = t.seats + s.seats"
        + " when not matched then insert (license_id, department, cost_centre, seats)"
        + " values (s.license_id, s.department, s.cost_centre, s.seats)";

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
        try (PreparedStatement ps = c.prepareStatement(postgres(c) ? POSTGRES : H2)) {
            for (Map.Entry<SeatGroup, Long> e : changes.entrySet()) {
                ps.setLong(1, e.getKey().licenseId());
                ps.setString(2, e.getKey().department());
                ps.setString(3, e.getKey().costCentre());
                ps.setLong(4, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        changes.clear();
    }

    private static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    }
}
