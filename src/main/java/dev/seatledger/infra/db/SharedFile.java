package dev.seatledger.infra.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded file shared by several SeatLedger processes (ADR 0046): the first to open it serves it to the others
 * through H2's automatic server on a loopback port, whose address and random key H2 writes into
 * {@code seatledger.lock.db} in the owner-only data folder.
 */
final class SharedFile {
    /** H2 reads this system property once, when its classes load: the server listens on this address only. */
    static final String BIND_ADDRESS_PROPERTY = "h2.bindAddress";
    static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(SharedFile.class);

    private SharedFile() {
    }

    /**
     * Keeps H2's automatic server off the network: without a bind address it listens on every interface and
     * advertises the machine's network address, which also breaks when that address changes. Call before H2 loads.
     */
    static void loopbackOnly() {
        if (System.getProperty(BIND_ADDRESS_PROPERTY) == null) {
            System.setProperty(BIND_ADDRESS_PROPERTY, LOOPBACK);
        }
    }

    /** Whether this connection reaches a database another process opened (through that process's server). */
    static boolean servedByAnother(Connection c) throws SQLException {
        return !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal);
    }

    /** The same for a connection of the pool. */
    static boolean servedByAnother(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            c.rollback();
            return servedByAnother(c);
        } catch (SQLException e) {
            throw new IllegalStateException("The database connection could not be checked: " + e.getMessage(), e);
        }
    }

    /**
     * Whether another process has the embedded file open now: opens a connection and asks whether it went to that
     * process's server (when not, this process opened the file, and closing the connection closes it again).
     */
    static boolean inUseElsewhere(DatabaseConfig config) {
        loopbackOnly();
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(config.jdbcUrl());
        h2.setUser(config.user());
        h2.setPassword(config.password());
        try (Connection c = h2.getConnection()) {
            return servedByAnother(c);
        } catch (SQLException e) {
            return ConnectionPool.transientH2(e);
        }
    }

    /** How many sessions of other processes this process's database serves. */
    static int otherProcessSessions(Connection c) throws SQLException {
        return count(c, "select count(*) from information_schema.sessions where server is not null");
    }

    /** How many of those are inside a transaction that has written, or running a statement. */
    static int busyOtherProcessSessions(Connection c) throws SQLException {
        return count(c, "select count(*) from information_schema.sessions where server is not null"
            + " and (contains_uncommitted or executing_statement is not null)");
    }

    /**
     * Before this process closes a file it serves: waits, up to {@code patience}, while another process is writing
     * through it (a scheduled import still running when the window is closed), so that its work can finish rather
     * than lose its connection. Sessions that are only connected (a window reading now and then) are not waited for.
     */
    static void awaitClientsWriting(DataSource ds, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        try (Connection c = ds.getConnection()) {
            if (servedByAnother(c)) {
                return;
            }
            for (int busy; (busy = busyOtherProcessSessions(c)) > 0 && System.nanoTime() < deadline; ) {
                if (!told) {
                    LOG.info("Waiting up to {} s for {} other SeatLedger process(es) writing to the database",
                        patience.toSeconds(), busy);
                    told = true;
                }
                c.rollback();
                Thread.sleep(250);
            }
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("Other processes not checked before closing: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
