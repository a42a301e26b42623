package dev.seatledger.infra.db;

import java.io.PrintWriter;
import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2's data source for the pool, which finishes interrupted commits ({@link H2CommitRecovery}) each time this process
 * opens the file itself: at the first connection, and again when it takes the file over from another process that
 * served it and ended (killed, say, in the middle of a commit) while this one was its client.
 */
final class RecoveringDataSource implements DataSource {
    private final JdbcDataSource h2 = new JdbcDataSource();
    /** The H2 database this process opened last; a connection to another one means the file was opened again. */
    private WeakReference<org.h2.engine.Database> opened = new WeakReference<>(null);

    RecoveringDataSource(DatabaseConfig config) {
        h2.setURL(config.jdbcUrl());
        h2.setUser(config.user());
        h2.setPassword(config.password());
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        Connection c = h2.getConnection();
        if (c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
            && local.getDatabase() != opened.get()) {
            opened = new WeakReference<>(local.getDatabase());
            H2CommitRecovery.finishInterruptedCommits(c);
        }
        return c;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // H2 logs to its trace file
    }

    @Override
    public void setLoginTimeout(int seconds) {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
