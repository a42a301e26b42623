package dev.seatledger.core.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** addBatch with an executeBatch every {@code size} rows, for writers of many rows. */
public final class JdbcBatch {
    private final PreparedStatement ps;
    private final int size;
    private int pending;
    private int rows;

    public JdbcBatch(PreparedStatement ps, int size) {
        this.ps = ps;
        this.size = size;
    }

    /** Adds the bound row, and sends the batch every {@code size} rows. */
    public void add() throws SQLException {
        ps.addBatch();
        rows++;
        if (++pending >= size) {
            ps.executeBatch();
            pending = 0;
        }
    }

    /** Sends what is left; returns the rows added in all. */
    public int finish() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
        return rows;
    }
}
