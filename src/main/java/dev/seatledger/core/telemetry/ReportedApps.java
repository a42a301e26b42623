package dev.seatledger.core.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The applications telemetry has reported (table {@code reported_app}, V19), read whole at the start of an import:
 * each application's name and matched product once, and the number of devices that have it installed. The
 * importer asks for an application's id by its key; an application not seen before is added, one renamed by
 * this import takes the new name (and the product that name matches). Device counts change as the import
 * installs and removes applications and are written at its end.
 */
final class ReportedApps {
    private final Map<String, App> byKey = new HashMap<>();
    private final Map<Long, App> byId = new HashMap<>();
    private final Set<Long> touchedProducts = new LinkedHashSet<>();
    private final ProductMatch match;
    private final AppKeys keys = new AppKeys();

    private final Connection connection;

    private ReportedApps(Connection connection, ProductMatch match) {
        this.connection = connection;
        this.match = match;
    }

    static ReportedApps load(Connection c, ProductMatch match) throws SQLException {
        ReportedApps apps = new ReportedApps(c, match);
        try (PreparedStatement ps = c.prepareStatement("select id, app_key, display_name, name_key, product_id from reported_app");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long product = rs.getLong(5);
                App a = new App(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.wasNull() ? null : product);
                apps.byKey.put(a.key, a);
                apps.byId.put(a.id, a);
            }
        }
        return apps;
    }

    /** The application with this key under this name, added or renamed as needed. */
    App resolve(String appKey, String displayName) throws SQLException {
        App a = byKey.get(appKey);
        if (a != null && a.name.equals(displayName)) {
            return a;
        }
        String nameKey = keys.nameKey(displayName);
        Long product = match.productOf(appKey, nameKey);
        if (a == null) {
            a = new App(insert(connection, appKey, displayName, nameKey, product), appKey, displayName, nameKey, product);
            byKey.put(appKey, a);
            byId.put(a.id, a);
        } else {
            if (!Objects.equals(product, a.product)) {
                touchedProducts.add(a.product);
                touchedProducts.add(product);
            }
            a.name = displayName;
            a.nameKey = nameKey;
            a.product = product;
            a.renamed = true;
        }
        return a;
    }

    App byId(long id) {
        return byId.get(id);
    }

    /** Products whose applications changed product in this import: their other holders' seats need refreshing. */
    Set<Long> touchedProducts() {
        Set<Long> out = new LinkedHashSet<>(touchedProducts);
        out.remove(null);
        return out;
    }

    /** Writes renamed applications and the device counts that changed. */
    void flush(Connection c) throws SQLException {
        try (PreparedStatement rename = c.prepareStatement(
                 "update reported_app set display_name = ?, name_key = ?, product_id = ? where id = ?");
             PreparedStatement count = c.prepareStatement("update reported_app set devices = devices + ? where id = ?")) {
            for (App a : byId.values()) {
                if (a.renamed) {
                    rename.setString(1, a.name);
                    rename.setString(2, a.nameKey);
                    TelemetryImporter.setLongOrNull(rename, 3, a.product);
                    rename.setLong(4, a.id);
                    rename.addBatch();
                }
                if (a.deviceDelta != 0) {
                    count.setInt(1, a.deviceDelta);
                    count.setLong(2, a.id);
                    count.addBatch();
                }
            }
            rename.executeBatch();
            count.executeBatch();
        }
    }

    Collection<App> all() {
        return byId.values();
    }

    private static long insert(Connection c, String appKey, String name, String nameKey, Long product) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into reported_app (app_key, display_name, name_key, product_id) values (?, ?, ?, ?)",
                new String[] {"id"})) {
            ps.setString(1, appKey);
            ps.setString(2, name);
            ps.setString(3, nameKey);
            TelemetryImporter.setLongOrNull(ps, 4, product);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static final class App {
        final long id;
        final String key;
        String name;
        String nameKey;
        Long product;
        boolean renamed;
        int deviceDelta;

        App(long id, String key, String name, String nameKey, Long product) {
            this.id = id;
            this.key = key;
            this.name = name;
            this.nameKey = nameKey;
            this.product = product;
        }
    }
}
