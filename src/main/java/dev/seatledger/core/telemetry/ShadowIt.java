package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.IdChunks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "installed without a license" list: catalog products with no live license whose applications are installed,
 * with the number of devices. Read from the applications' device counts; only products matched by several
 * applications are counted from the installations themselves (one pass over them, for all such products).
 */
final class ShadowIt {
    private static final String PRODUCTS = """
        select pr.id, pr.name, sum(ra.devices), count(*)
        from product pr join reported_app ra on ra.product_id = pr.id
        where ra.devices > 0 and not exists (select 1 from license l where l.product_id = pr.id
              and l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL', 'TRIAL'))
        group by pr.id, pr.name""";

    private static final String DISTINCT_DEVICES = "select ra.product_id, count(distinct ia.device_id)"
        + " from device_app ia join reported_app ra on ra.id = ia.app_id"
        + " where ia.installed and ra.product_id in (%s) group by ra.product_id";

    private ShadowIt() {
    }

    static List<TelemetryQuery.ShadowApp> read(Connection c, int limit) throws SQLException {
        Map<Long, TelemetryQuery.ShadowApp> byProduct = new HashMap<>();
        List<Long> shared = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PRODUCTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                byProduct.put(id, new TelemetryQuery.ShadowApp(id, rs.getString(2), rs.getLong(3)));
                if (rs.getLong(4) > 1) {
                    shared.add(id);
                }
            }
        }
        for (List<Long> part : IdChunks.chunks(shared)) {
            try (PreparedStatement ps = IdChunks.prepare(c, DISTINCT_DEVICES, part); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TelemetryQuery.ShadowApp a = byProduct.get(rs.getLong(1));
                    byProduct.put(a.productId(), new TelemetryQuery.ShadowApp(a.productId(), a.product(), rs.getLong(2)));
                }
            }
        }
        return byProduct.values().stream()
            .sorted(Comparator.comparingLong(TelemetryQuery.ShadowApp::devices).reversed()
                .thenComparing(TelemetryQuery.ShadowApp::product))
            .limit(limit).toList();
    }
}
