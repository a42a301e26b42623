package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.IdChunks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many devices report each catalog product installed: the applications' device counts kept by the importer
 * (V19), summed per product; a product matched by several applications is counted from its installations, so a device
 * with two of them counts once (one pass for all such products, as the "installed without a license" list does).
 */
public final class InstalledDevices {
    private static final String PER_PRODUCT = "select ra.product_id, sum(ra.devices), count(*) from reported_app ra"
        + " where ra.product_id is not null and ra.devices > 0 group by ra.product_id";

    private static final String DISTINCT_DEVICES = "select ra.product_id, count(distinct ia.device_id)"
        + " from device_app ia join reported_app ra on ra.id = ia.app_id"
        + " where ia.installed and ra.product_id in (%s) group by ra.product_id";

    private InstalledDevices() {
    }

    public static Map<Long, Long> byProduct(Connection c) throws SQLException {
        return byProduct(c, null);
    }

    /** The same for the given products only (null: every product). */
    static Map<Long, Long> byProduct(Connection c, java.util.Set<Long> only) throws SQLException {
        Map<Long, Long> devices = new HashMap<>();
        List<Long> shared = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PER_PRODUCT); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (only != null && !only.contains(rs.getLong(1))) {
                    continue;
                }
                devices.put(rs.getLong(1), rs.getLong(2));
                if (rs.getLong(3) > 1) {
                    shared.add(rs.getLong(1));
                }
            }
        }
        for (List<Long> part : IdChunks.chunks(shared)) {
            try (PreparedStatement ps = IdChunks.prepare(c, DISTINCT_DEVICES, part); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    devices.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return devices;
    }
}
