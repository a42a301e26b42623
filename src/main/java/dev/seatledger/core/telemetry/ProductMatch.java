package dev.seatledger.core.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Which catalog product an installed application is, by the rule every reader relies on: an alias of the
 * application key, an alias of its name key, a live product named as the application key, then one named as
 * the name key. {@link InstalledProducts#RESOLVED} is the same rule in SQL.
 */
public final class ProductMatch {
    private final Map<String, Long> aliases;
    private final Map<String, Long> productNames;

    private ProductMatch(Map<String, Long> aliases, Map<String, Long> productNames) {
        this.aliases = aliases;
        this.productNames = productNames;
    }

    /** Reads the aliases and the live products' name keys (a few thousand rows at most). */
    public static ProductMatch load(Connection c) throws SQLException {
        return new ProductMatch(keys(c, "select alias_key, product_id from app_alias"),
            keys(c, "select name_key, id from product where archived_at is null and name_key is not null"));
    }

    /** The product, or {@code null} when the application is unknown to the catalog. */
    public Long productOf(String appKey, String nameKey) {
        Long id = aliases.get(appKey);
        if (id == null && nameKey != null) {
            id = aliases.get(nameKey);
        }
        if (id == null) {
            id = productNames.get(appKey);
        }
        if (id == null && nameKey != null) {
            id = productNames.get(nameKey);
        }
        return id;
    }

    private static Map<String, Long> keys(Connection c, String sql) throws SQLException {
        Map<String, Long> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getLong(2));
            }
        }
        return map;
    }
}
