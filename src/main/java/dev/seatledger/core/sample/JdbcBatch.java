package dev.seatledger.core.sample;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** addBatch with an executeBatch every {@link LargeDataset#BATCH} rows. */
final class JdbcBatch {
    private final PreparedStatement ps;
    private int pending;
    private int rows;

    JdbcBatch(PreparedStatement ps) {
        this.ps = ps;
    }

    void add() throws SQLException {
        ps.addBatch();
        rows++;
        if (++pending >= LargeDataset.BATCH) {
            ps.executeBatch();
            pending = 0;
        }
    }

    int finish() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
        }
        return rows;
    }
}
