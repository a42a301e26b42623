package dev.seatledger.infra.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the space of the embedded database file when it is closed. The file is opened with
 * {@code REUSE_SPACE=FALSE} (every commit is appended, see ADR 0019), so it grows with each commit until
 * it is compacted; on a clean close, a file larger than {@link #MIN_BYTES} is rewritten with
 * {@code SHUTDOWN COMPACT} when its chunks are less than {@link #MIN_FILL_PERCENT}% live, or when it grew to
 * more than {@link #GROWTH_FACTOR} times its size at open (bulk work such as a migration that rewrites a table:
 * H2 reported a 2.1 GB file 51% live after one, and compacting it gave 418 MB). A file another process is connected
 * to through this one's server is left as it is (ADR 0046).
 */
final class H2Compaction {
    static final long MIN_BYTES = 16L * 1024 * 1024;
    static final int MIN_FILL_PERCENT = 50;
    static final int GROWTH_FACTOR = 2;
    private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);

    private H2Compaction() {
    }

    /** After {@code SHUTDOWN COMPACT} the pooled connection is closed under the pool's feet; that is expected. */
    private static boolean closedBy(Exception e) {
        return e instanceof SQLException sql && (sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_CLOSED
            || sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN);
    }

    /** The size of the embedded file, or 0 when there is none (yet). */
    static long sizeOf(DatabaseConfig config) {
        Path file = config.file();
        try {
            return config.isH2() && file != null && Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Whether a file of {@code size} bytes, {@code fillPercent}% live by H2's count, that had {@code sizeAtOpen}
     * bytes when it was opened, is worth rewriting; a new file counts as opened at {@link #MIN_BYTES}.
     */
    static boolean worthCompacting(long sizeAtOpen, long size, int fillPercent) {
        if (size < MIN_BYTES) {
            return false;
        }
        return fillPercent < MIN_FILL_PERCENT || size > GROWTH_FACTOR * Math.max(sizeAtOpen, MIN_BYTES);
    }

    /** Compacts when worth it; never throws (closing goes on whatever happens here). */
    static void compactIfSparse(DatabaseConfig config, long sizeAtOpen) {
        Path file = config.file();
        if (!config.isH2() || file == null) {
            return;
        }
        long before = sizeOf(config);
        if (before < MIN_BYTES) {
            return;
        }
        long start = System.nanoTime();
        int fill = -1;
        // A connection of its own, not the pool's: the pool would reset a connection the shutdown closed, and H2
        // would write that error to a trace file in the data folder.
        try (Connection c = java.sql.DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement s = c.createStatement()) {
            if (SharedFile.servedByAnother(c)) {
                return; // another process opened the file after this one handed it over: compacting is its job
            }
            try (ResultSet rs = s.executeQuery("select setting_value from information_schema.settings"
                    + " where setting_name = 'info.CHUNKS_FILL_RATE'")) {
                if (!rs.next() || !worthCompacting(sizeAtOpen, before, fill = Integer.parseInt(rs.getString(1).trim()))) {
                    return;
                }
            }
            // New connections wait outside (they are refused and retry, see ConnectionPool); one already connected
            // from another process keeps the file as it is.
            s.execute("SET EXCLUSIVE 1");
            int others = SharedFile.otherProcessSessions(c);
            if (others > 0) {
                s.execute("SET EXCLUSIVE 0");
                LOG.info("Database file not compacted: {} session(s) of another SeatLedger process are connected", others);
                return;
            }
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException | NumberFormatException e) {
            if (fill < 0 || !closedBy(e)) {
                LOG.warn("Database file not compacted: {}", e.toString());
                return;
            }
        }
        // the compacted file is a new file, created with the process's default permissions
        dev.seatledger.infra.settings.OwnerOnly.file(file);
        try {
            LOG.info("Database file compacted from {} MB to {} MB ({}% live) in {} ms", before >> 20,
                Files.size(file) >> 20, fill, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            LOG.warn("Database file compacted, its size unreadable: {}", e.toString());
        }
    }
}
