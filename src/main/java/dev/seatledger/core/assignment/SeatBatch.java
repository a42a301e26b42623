package dev.seatledger.core.assignment;

import dev.seatledger.core.common.JdbcBatch;
import dev.seatledger.core.seatgroup.SeatGroupCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Inserts many seats in JDBC batches, with the statement and bindings of the single path ({@link SeatWriter}), for
 * writers that create the licenses of those seats in the same transaction or dataset and count the seats on them
 * themselves: the license import, the sample data and the generated dataset. Nothing else can see those licenses
 * yet, so no license row is locked here. The active seats are counted per license and holder group as they are bound
 * and the counts written by {@link #finish()}.
 */
public final class SeatBatch implements AutoCloseable {
    private final Connection c;
    private final PreparedStatement ps;
    private final JdbcBatch batch;
    private final SeatGroupCounts counts = new SeatGroupCounts();

    private SeatBatch(Connection c, PreparedStatement ps, int batchSize) {
        this.c = c;
        this.ps = ps;
        this.batch = new JdbcBatch(ps, batchSize);
    }

    /** Rows sent per batch by {@link #insertAll}. */
    static final int SIZE = 500;

    /** Inserts the active seats in batches; returns their number. */
    public static int insertAll(Connection c, Collection<NewSeat> seats) throws SQLException {
        try (SeatBatch batch = open(c, SIZE)) {
            for (NewSeat seat : seats) {
                batch.add(seat);
            }
            return batch.finish();
        }
    }

    /** A batch of active seats with the seat's own columns. */
    public static SeatBatch open(Connection c, int batchSize) throws SQLException {
        return new SeatBatch(c, c.prepareStatement(SeatWriteSql.insert()), batchSize);
    }

    /**
     * A batch that also writes {@code extraColumns}: bind the seat with {@link #bind}, then the extra columns on
     * {@link #statement()} from the index it returns, then {@link #add()}.
     */
    public static SeatBatch open(Connection c, int batchSize, String... extraColumns) throws SQLException {
        return new SeatBatch(c, c.prepareStatement(SeatWriteSql.insert(extraColumns)), batchSize);
    }

    /** Adds an active seat (a batch opened without extra columns). */
    public void add(NewSeat seat) throws SQLException {
        bind(seat, true);
        add();
    }

    /** Binds the seat's own columns; a seat written revoked is not active. Returns the first extra column's index. */
    public int bind(NewSeat seat, boolean active) throws SQLException {
        if (active) {
            counts.add(seat.licenseId(), seat.holder().department(), seat.holder().costCentre(), 1);
        }
        return SeatWriteSql.bind(ps, seat, active);
    }

    public PreparedStatement statement() {
        return ps;
    }

    /** Adds the bound row, and sends the batch every {@code batchSize} rows. */
    public void add() throws SQLException {
        batch.add();
    }

    /** Sends what is left and writes the counts of the active seats; returns the rows added in all. */
    public int finish() throws SQLException {
        int rows = batch.finish();
        counts.write(c);
        return rows;
    }

    @Override
    public void close() throws SQLException {
        ps.close();
    }
}
