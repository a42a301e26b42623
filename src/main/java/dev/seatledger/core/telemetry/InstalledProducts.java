package dev.seatledger.core.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps {@code installed_app.product_id} true to the catalog: after an alias or a product changes, the rows
 * that were matched to the products concerned, and the rows matched to nothing, are matched again, and the
 * seats of those products take their usage from the new matches (ADR 0022).
 */
public final class InstalledProducts {
    /** {@link ProductMatch}'s rule in SQL, for one {@code installed_app} row. */
    public static final String RESOLVED = "coalesce("
        + "(select a.product_id from app_alias a where a.alias_key = installed_app.app_key),"
        + " (select a.product_id from app_alias a where a.alias_key = installed_app.name_key),"
        + " (select p.id from product p where p.name_key = installed_app.app_key and p.archived_at is null),"
        + " (select p.id from product p where p.name_key = installed_app.name_key and p.archived_at is null))";

    private InstalledProducts() {
    }

    /**
     * Matches again the applications of these products and the unknown ones; returns the number of rows whose
     * product changed. Both ranges are read from the product index, so the cost follows the rows concerned,
     * not the size of the table.
     */
    public static int rematch(Connection c, Collection<Long> productIds) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>(productIds);
        ids.remove(null);
        Set<Long> touched = new LinkedHashSet<>(ids);
        String matched = " where product_id in (%s)";
        touched.addAll(IdChunks.select(c, "select distinct " + RESOLVED + " from installed_app" + matched, ids));
        int changed = IdChunks.update(c, "update installed_app set product_id = " + RESOLVED + matched
            + " and product_id is distinct from " + RESOLVED, ids);
        String unknown = " where product_id is null and " + RESOLVED + " is not null";
        touched.addAll(IdChunks.select(c, "select distinct " + RESOLVED + " from installed_app" + unknown));
        try (PreparedStatement ps = c.prepareStatement("update installed_app set product_id = " + RESOLVED + unknown)) {
            changed += ps.executeUpdate();
        }
        if (changed > 0) {
            TelemetryLink.refreshProducts(c, touched);
        }
        return changed;
    }
}
