package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.IdChunks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Feeds telemetry into seats: for active assignments of the given people, sets whether usage
 * telemetry exists for the holder's devices and the product, and the last day it was used (dormancy), and
 * whether the holder's devices report applications at all, have the product installed, and use it (the
 * "paid but unused" list, V17), and the best SSO or vendor evidence of the holder and product (V21: the latest
 * {@code usage_evidence} row, an SSO row before a vendor row of the same day). Every path that changes devices,
 * installed applications, their products or a seat's product, or creates a seat, refreshes the seats concerned
 * here, so the facts are written in one place; the telemetry import computes its facts in memory for the people it
 * touched ({@link SeatFacts}), the usage import its evidence ({@code SeatEvidence}).
 */
public final class TelemetryLink {
    private static final String UPDATE = """
        update assignment set
            (has_telemetry, last_used_at, product_installed, product_in_use) = (
                select coalesce(bool_or(ia.usage_tracked), false),
                       max(case when ia.usage_tracked then ia.last_used end),
                       coalesce(bool_or(ia.installed), false),
                       coalesce(bool_or(ia.installed and (not ia.usage_tracked or ia.last_used is not null)), false)
                from device d join device_app ia on ia.device_id = d.id join reported_app ra on ra.id = ia.app_id
                    join license l on l.id = assignment.license_id
                where d.primary_person_id = assignment.person_id and ra.product_id = l.product_id),
            holder_reports = exists (select 1 from device d join device_app x on x.device_id = d.id
                where d.primary_person_id = assignment.person_id),
            (evidence_at, evidence_source, evidence_format) = (
                select ue.used_on, ue.source, ue.format from usage_evidence ue
                where ue.person_id = assignment.person_id
                  and ue.product_id = (select l.product_id from license l where l.id = assignment.license_id)
                order by ue.used_on desc nulls last, ue.source fetch first 1 rows only)
        where revoked_at is null and %s""";

    private TelemetryLink() {
    }

    /** Refreshes the seats of these people; returns how many assignments were updated. */
    public static int refreshPeople(Connection c, Collection<Long> personIds) throws SQLException {
        return IdChunks.update(c, String.format(UPDATE, "person_id in (%s)"), personIds);
    }

    /** Refreshes one seat, just assigned: its holder's devices may already report the product in use. */
    public static int refreshSeat(Connection c, long assignmentId) throws SQLException {
        return refreshWhere(c, "id = ?", assignmentId);
    }

    /** Refreshes the active seats of one license (after its product changed). */
    public static int refreshLicense(Connection c, long licenseId) throws SQLException {
        return refreshWhere(c, "license_id = ?", licenseId);
    }

    private static int refreshWhere(Connection c, String condition, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(String.format(UPDATE, condition))) {
            ps.setLong(1, id);
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
