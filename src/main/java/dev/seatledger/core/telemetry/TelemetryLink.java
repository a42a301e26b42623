package dev.seatledger.core.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Feeds telemetry into seats: for active assignments of the given people, sets whether usage
 * telemetry exists for the holder's devices and the product, and the last day it was used.
 */
public final class TelemetryLink {
    private static final String UPDATE = "update assignment set"
        + " has_telemetry = case when exists (select 1 from device d join installed_app ia on ia.device_id = d.id"
        + "   join license l on l.id = assignment.license_id"
        + "   where d.primary_person_id = assignment.person_id and ia.product_id = l.product_id and ia.usage_tracked)"
        + "   then true else false end,"
        + " last_used_at = (select max(ia.last_used) from device d join installed_app ia on ia.device_id = d.id"
        + "   join license l on l.id = assignment.license_id"
        + "   where d.primary_person_id = assignment.person_id and ia.product_id = l.product_id and ia.usage_tracked)"
        + " where revoked_at is null and %s";

    private TelemetryLink() {
    }

    /** Refreshes the seats of these people; returns how many assignments were updated. */
    public static int refreshPeople(Connection c, Collection<Long> personIds) throws SQLException {
        return IdChunks.update(c, String.format(UPDATE, "person_id in (%s)"), personIds);
    }

    /** Refreshes one seat, just assigned: its holder's devices may already report the product in use. */
    public static int refreshSeat(Connection c, long assignmentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(String.format(UPDATE, "id = ?"))) {
            ps.setLong(1, assignmentId);
            return ps.executeUpdate();
        }
    }

    /** Refreshes the active seats of licenses of these products (after their applications were matched again). */
    public static int refreshProducts(Connection c, Collection<Long> productIds) throws SQLException {
        return IdChunks.update(c, String.format(UPDATE, "license_id in (select id from license where product_id in (%s))"),
            productIds);
    }

    /** Refreshes the active seats of every person with a device. */
    public static int refreshAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(String.format(UPDATE,
                "person_id in (select primary_person_id from device where primary_person_id is not null)"))) {
            return ps.executeUpdate();
        }
    }
}
