package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sequences for the rows written many at a time by one action (history, notifications, outbox): with ids
 * from a sequence Hibernate batches the inserts, which an identity column prevents (ADR 0023). Each sequence
 * starts past the table's highest id, which SQL alone cannot express portably, hence a Java migration. The
 * entities take 50 ids per call; the first block handed out starts right after the highest id.
 */
public class V15__Sequences_for_batched_inserts extends BaseJavaMigration {
    static final int ALLOCATION = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        for (String table : new String[] {"change_log", "notification", "outbox_message"}) {
            long max;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rs.next();
                max = rs.getLong(1);
            }
            try (Statement st = c.createStatement()) {
                st.execute("create sequence " + table + "_seq start with " + (max + ALLOCATION + 1)
                    + " increment by " + ALLOCATION);
            }
        }
    }
}
