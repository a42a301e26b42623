package dev.seatledger.testing;

import dev.seatledger.core.common.Transactions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The number of rows in every table of the application's schema, found through JDBC metadata (so a table added by a
 * later migration is counted too), on H2 and on PostgreSQL.
 */
public final class TableCounts {
    private TableCounts() {
    }

    /** Table name (lower case) to its row count. */
    public static Map<String, Long> of(Transactions tx) {
        return tx.read(session -> session.doReturningWork(TableCounts::count));
    }

    private static Map<String, Long> count(Connection c) throws java.sql.SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No table found in schema " + c.getSchema());
        }
        Map<String, Long> counts = new TreeMap<>();
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select count(*) from \"" + table.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    counts.put(table.toLowerCase(java.util.Locale.ROOT), rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
