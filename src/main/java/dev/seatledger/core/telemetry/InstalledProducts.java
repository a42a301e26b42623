package dev.seatledger.core.telemetry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
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
        int changed = 0;
        List<Long> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += TelemetryLink.BATCH) {
            List<Long> part = list.subList(from, Math.min(list.size(), from + TelemetryLink.BATCH));
            String where = " where product_id in (" + marks(part.size()) + ")";
            touched.addAll(ids(c, "select distinct " + RESOLVED + " from installed_app" + where, part));
            changed += update(c, "update installed_app set product_id = " + RESOLVED + where
                + " and product_id is distinct from " + RESOLVED, part);
        }
        String unknown = " where product_id is null and " + RESOLVED + " is not null";
        touched.addAll(ids(c, "select distinct " + RESOLVED + " from installed_app" + unknown, List.of()));
        changed += update(c, "update installed_app set product_id = " + RESOLVED + unknown, List.of());
        touched.remove(null);
        if (changed > 0) {
            TelemetryLink.refreshProducts(c, touched);
        }
        return changed;
    }

    private static Set<Long> ids(Connection c, String sql, List<Long> params) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long v = rs.getLong(1);
                    if (!rs.wasNull()) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    private static int update(Connection c, String sql, List<Long> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, List<Long> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setLong(i + 1, params.get(i));
        }
    }

    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
