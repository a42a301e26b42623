package dev.seatledger.core.common;

import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The only way services touch the database. Refuses to run on the JavaFX application thread so a
 * slow query can never freeze the window.
 */
public final class Transactions {
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private final SessionFactory sessionFactory;

    public Transactions(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public <T> T read(Function<Session, T> work) {
        guard();
        return sessionFactory.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        });
    }

    public <T> T write(Function<Session, T> work) {
        guard();
        return sessionFactory.fromTransaction(work);
    }

    public void run(Consumer<Session> work) {
        guard();
        sessionFactory.inTransaction(work);
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    private static void guard() {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Database work on the JavaFX application thread is forbidden");
        }
    }
}
