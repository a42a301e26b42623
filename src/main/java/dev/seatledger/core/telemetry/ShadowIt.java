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
        select pr.id, pr.name
        from product pr
        where exists (select 1 from reported_app ra where ra.product_id = pr.id and ra.devices > 0)
          and not exists (select 1 from license l where l.product_id = pr.id
              and l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL', 'TRIAL'))""";

    private ShadowIt() {
    }

    static List<TelemetryQuery.ShadowApp> read(Connection c, int limit) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(PRODUCTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        List<TelemetryQuery.ShadowApp> apps = new ArrayList<>();
        InstalledDevices.byProduct(c, names.keySet())
            .forEach((id, devices) -> apps.add(new TelemetryQuery.ShadowApp(id, names.get(id), devices)));
        return apps.stream()
            .sorted(Comparator.comparingLong(TelemetryQuery.ShadowApp::devices).reversed()
                .thenComparing(TelemetryQuery.ShadowApp::product))
            .limit(limit).toList();
    }
}
