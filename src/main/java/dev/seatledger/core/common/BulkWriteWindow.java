package dev.seatledger.core.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hibernate.SessionFactory;

/**
 * While one large write runs on the embedded H2 database, lets H2 write its changed pages from its background
 * thread instead of in the writing thread (ADR 0037). The database opens with {@code WRITE_DELAY=0}, so every
 * commit is on disk before it returns, and there is no background writer: a large transaction then serializes
 * its pages in its own thread each time its unsaved changes pass H2's threshold. The window sets the delay to
 * {@value #DELAY_MS} ms, which starts the writer on the other core; closing it sets the delay back to 0 and
 * writes everything committed meanwhile ({@code CHECKPOINT}) before the caller reports success. A process
 * killed inside the window can lose at most the last {@value #DELAY_MS} ms of other sessions' commits; the
 * setting is not kept across a restart, the connection URL sets it to 0 again. PostgreSQL is left alone.
 */
public final class BulkWriteWindow implements AutoCloseable {
    /** The delay inside the window: long enough for the writer to batch pages, short for what a crash could cost. */
    public static final int DELAY_MS = 50;
    /** Writes smaller than this are over before the background writer would help. */
    public static final int MIN_ROWS = 10_000;

    private static final Map<SessionFactory, Integer> OPEN = new HashMap<>();

    private final Transactions tx;

    private BulkWriteWindow(Transactions tx) {
        this.tx = tx;
    }

    /** Opens a window for a write of {@code rows} rows, or a no-op one where it would not help. */
    public static BulkWriteWindow open(Transactions tx, long rows) {
        if (rows < MIN_ROWS || !isH2(tx)) {
            return new BulkWriteWindow(null);
        }
        synchronized (OPEN) {
            if (OPEN.merge(tx.sessionFactory(), 1, Integer::sum) == 1) {
                execute(tx, "set write_delay " + DELAY_MS);
            }
        }
        return new BulkWriteWindow(tx);
    }

    @Override
    public void close() {
        if (tx == null) {
            return;
        }
        synchronized (OPEN) {
            if (OPEN.merge(tx.sessionFactory(), -1, Integer::sum) == 0) {
                OPEN.remove(tx.sessionFactory());
                execute(tx, "set write_delay 0", "checkpoint");
            }
        }
    }

    private static boolean isH2(Transactions tx) {
        return tx.read(session -> session.doReturningWork(BulkWriteWindow::isH2));
    }

    private static boolean isH2(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    }

    private static void execute(Transactions tx, String... statements) {
        tx.run(session -> session.doWork(c -> {
            try (Statement st = c.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
            }
        }));
    }
}
