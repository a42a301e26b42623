package dev.seatledger.core.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The only way services touch the database. Refuses to run on the JavaFX application thread so a
 * slow query can never freeze the window. The ORM is asked for on the first session: a command that only runs
 * plain SQL ({@link #readSql}) never starts it.
 */
public final class Transactions {
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private final Supplier<SessionFactory> sessionFactory;
    private final DataSource dataSource;

    public Transactions(SessionFactory sessionFactory) {
        this(() -> sessionFactory, null);
    }

    /** {@code sessionFactory} is called at each session (keep it cheap after the first call); {@code dataSource} may be null. */
    public Transactions(Supplier<SessionFactory> sessionFactory, DataSource dataSource) {
        this.sessionFactory = sessionFactory;
        this.dataSource = dataSource;
    }

    /** Work on a plain JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    public <T> T read(Function<Session, T> work) {
        guard();
        return sessionFactory.get().fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        });
    }

    /**
     * A read in plain SQL on a connection of its own, without the ORM; the transaction is rolled back at the end.
     * A failure comes out as Hibernate's {@link JDBCException}, as from {@link #read}.
     */
    public <T> T readSql(SqlWork<T> work) {
        guard();
        if (dataSource == null) {
            return read(session -> session.doReturningWork(work::apply));
        }
        try (Connection c = dataSource.getConnection()) {
            try {
                return work.apply(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new JDBCException("Plain SQL read failed", e);
        }
    }

    public <T> T write(Function<Session, T> work) {
        guard();
        return sessionFactory.get().fromTransaction(work);
    }

    public void run(Consumer<Session> work) {
        guard();
        sessionFactory.get().inTransaction(work);
    }

    public SessionFactory sessionFactory() {
        return sessionFactory.get();
    }

    private static void guard() {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Database work on the JavaFX application thread is forbidden");
        }
    }
}
