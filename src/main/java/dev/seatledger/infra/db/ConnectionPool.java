package dev.seatledger.infra.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Set;

/**
 * The connection pool of an open database. For the embedded file it connects through {@link RecoveringDataSource}
 * (H2's own data source: the driver manager would load every JDBC driver on the class path first), and it waits a
 * little for a file that another process is closing or compacting before giving up.
 */
final class ConnectionPool {
    /** H2: database in exclusive mode (a closing process compacting it), already open, opening failed (lock file). */
    private static final Set<Integer> TRANSIENT = Set.of(90135, 90020, 8000);
    static final long PATIENCE_MILLIS = 15_000;
    private static final long PAUSE_MILLIS = 250;

    private ConnectionPool() {
    }

    static HikariDataSource open(DatabaseConfig config) {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (true) {
            try {
                return new HikariDataSource(settings(config));
            } catch (RuntimeException e) {
                if (!config.isH2() || !transientH2(e) || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static HikariConfig settings(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        if (config.isH2()) {
            hc.setDataSource(new RecoveringDataSource(config));
        } else {
            hc.setJdbcUrl(config.jdbcUrl());
            hc.setUsername(config.user());
            hc.setPassword(config.password());
        }
        hc.setExceptionOverrideClassName(LostConnections.class.getName());
        hc.setMaximumPoolSize(10);
        hc.setMinimumIdle(1);
        hc.setPoolName("seatledger");
        hc.setAutoCommit(false);
        hc.setInitializationFailTimeout(1);
        return hc;
    }

    static boolean transientH2(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && TRANSIENT.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
