package dev.seatledger.core.telemetry;

import dev.seatledger.core.catalog.ProductHooks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps {@code reported_app.product_id} true to the catalog: after an alias or a product changes, every reported
 * application is matched again (one row per application, not per installation, V19), and the seats of the
 * products that gained or lost applications take their usage from the new matches (ADR 0022, ADR 0040).
 */
public final class InstalledProducts {
    /** {@link ProductMatch}'s rule in SQL, for one {@code reported_app} row. */
    public static final String RESOLVED = "coalesce("
        + "(select a.product_id from app_alias a where a.alias_key = reported_app.app_key),"
        + " (select a.product_id from app_alias a where a.alias_key = reported_app.name_key),"
        + " (select p.id from product p where p.name_key = reported_app.app_key and p.archived_at is null),"
        + " (select p.id from product p where p.name_key = reported_app.name_key and p.archived_at is null))";

    private InstalledProducts() {
    }

    /** What the catalog calls when a product is created, renamed, archived or restored: the applications re-matched. */
    public static ProductHooks productHooks() {
        return InstalledProducts::rematch;
    }

    /**
     * Matches every reported application again; returns the number whose product changed. The seats of the
     * given products are refreshed too when anything changed, with those of every product an application
     * moved from or to.
     */
    public static int rematch(Connection c, Collection<Long> productIds) throws SQLException {
        Set<Long> touched = new LinkedHashSet<>(productIds);
        int changed = 0;
        try (PreparedStatement read = c.prepareStatement("select id, product_id, " + RESOLVED + " from reported_app"
                 + " where product_id is distinct from " + RESOLVED);
             PreparedStatement update = c.prepareStatement("update reported_app set product_id = ? where id = ?");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                Long now = rs.getObject(3) == null ? null : rs.getLong(3);
                touched.add(rs.getObject(2) == null ? null : rs.getLong(2));
                touched.add(now);
                TelemetryImporter.setLongOrNull(update, 1, now);
                update.setLong(2, rs.getLong(1));
                update.addBatch();
                changed++;
            }
            update.executeBatch();
        }
        if (changed == 0) {
            return 0;
        }
        touched.remove(null);
        TelemetryLink.refreshProducts(c, touched);
        return changed;
    }
}
