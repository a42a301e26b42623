package dev.seatledger.infra.db;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes the commits a crash interrupted, which H2 2.5 reopens half done (ADR 0039).
 *
 * <p>H2 writes a commit marker into the transaction's undo log, then turns its changes into committed ones page by
 * page. A large transaction (a telemetry import of some 10,000 rows) passes H2's threshold of unsaved changes during
 * that work, so a store can reach the file with the marker and only part of the changes turned. A process killed
 * then reopens with the transaction recovered as committed, but H2 2.5.252 skips finishing it
 * ({@code Transaction.commit()} only commits a transaction still active): the changes turned before the kill are
 * visible, the others are not, and tables and their indexes disagree. H2 2.3 finished such commits. This does what
 * H2 2.3 did, once, right after the file opens and before any other session runs.
 */
final class H2CommitRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(H2CommitRecovery.class);

    private H2CommitRecovery() {
    }

    /** Finishes every commit recovered as committed but not finished; returns how many. */
    static int finishInterruptedCommits(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return finishInterruptedCommits(c);
        } catch (SQLException e) {
            LOG.warn("Interrupted commits not checked: {}", e.toString());
            return 0;
        }
    }

    /**
     * The same on a connection that has just opened the file. Only transactions recovered from the file are touched
     * (they belong to no session): a client of this process's server that connected meanwhile is left to its own
     * commit.
     */
    static int finishInterruptedCommits(Connection c) {
        try {
            if (!(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                return 0; // a connection to another process's database: that process recovered it on opening
            }
            TransactionStore store = session.getDatabase().getStore().getTransactionStore();
            int finished = 0;
            for (Transaction t : store.getOpenTransactions()) {
                if (t.getStatus() == Transaction.STATUS_COMMITTED && Steps.OWNER.getInt(t) == 0) {
                    Steps.COMMIT.invoke(store, t, true);
                    Steps.END.invoke(store, t, true);
                    finished++;
                }
            }
            if (finished > 0) {
                try (Statement st = c.createStatement()) {
                    st.execute("checkpoint");
                }
                LOG.warn("Finished {} commit(s) that the last run was writing when it stopped", finished);
            }
            return finished;
        } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Interrupted commits not checked: {}", e.toString());
            return 0;
        }
    }

    /** Whether this H2 has the internal steps the recovery calls (checked by a test, so an H2 upgrade shows it). */
    static boolean available() {
        return Steps.COMMIT != null && Steps.END != null && Steps.OWNER != null;
    }

    private static final class Steps {
        static final Method COMMIT = step("commit");
        static final Method END = step("endTransaction");
        /** The session owning a transaction; 0 for one recovered from the file when it opened. */
        static final java.lang.reflect.Field OWNER = owner();

        private static java.lang.reflect.Field owner() {
            try {
                java.lang.reflect.Field f = Transaction.class.getDeclaredField("ownerId");
                f.setAccessible(true);
                return f;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        private static Method step(String name) {
            try {
                Method m = TransactionStore.class.getDeclaredMethod(name, Transaction.class, boolean.class);
                m.setAccessible(true);
                return m;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }
}
