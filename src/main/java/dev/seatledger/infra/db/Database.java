package dev.seatledger.infra.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.infra.settings.OwnerOnly;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the database: connection pool, Flyway migrations when the schema is behind, and a validating SessionFactory
 * built on the first session (a command that reads in plain SQL never starts the ORM).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** How long closing waits for another process that is writing through this one's server (an import, say). */
    static final java.time.Duration CLIENT_PATIENCE = java.time.Duration.ofMinutes(5);

    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final Transactions transactions;
    private final long fileSizeAtOpen;
    private volatile SessionFactory sessionFactory;

    private Database(DatabaseConfig config, HikariDataSource dataSource, long fileSizeAtOpen) {
        this.config = config;
        this.dataSource = dataSource;
        this.transactions = new Transactions(this::sessionFactory, dataSource);
        this.fileSizeAtOpen = fileSizeAtOpen;
    }

    /** Opens the database with the ORM started (the window: a failure shows before the first view reads). */
    public static Database open(DatabaseConfig config) {
        Database db = openLazily(config);
        try {
            db.sessionFactory();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens the database; the ORM starts on the first session (the command line). */
    public static Database openLazily(DatabaseConfig config) {
        HikariDataSource ds = null;
        try {
            if (config.file() != null) {
                OwnerOnly.folder(config.file().getParent());
            }
            long sizeAtOpen = H2Compaction.sizeOf(config);
            if (config.isH2()) {
                SharedFile.loopbackOnly();
            }
            // the first connection finishes interrupted commits when it opens the file (RecoveringDataSource)
            ds = ConnectionPool.open(config);
            Migrations.run(config, ds);
            ownerOnlyFiles(config);
            LOG.info("Database open: {}", config.describe());
            return new Database(config, ds, sizeAtOpen);
        } catch (RuntimeException e) {
            if (ds != null) {
                ds.close();
            }
            if (e instanceof DatabaseOpenException known) {
                throw known;
            }
            throw new DatabaseOpenException(explain(config, e), e);
        }
    }

    /** Whether another SeatLedger process has this embedded database open now (restoring a backup must wait). */
    public static boolean inUseElsewhere(DatabaseConfig config) {
        return config.isH2() && SharedFile.inUseElsewhere(config);
    }

    /** H2 creates its files with the process umask; the folder is owner-only already, the files become so too. */
    private static void ownerOnlyFiles(DatabaseConfig config) {
        if (config.file() == null) {
            return;
        }
        String base = config.file().getFileName().toString().replace(".mv.db", "");
        for (String suffix : new String[] {".mv.db", ".trace.db", ".lock.db"}) {
            OwnerOnly.file(config.file().resolveSibling(base + suffix));
        }
    }

    private static SessionFactory sessionFactory(DataSource ds) {
        Configuration cfg = new Configuration();
        EntityClasses.ALL.forEach(cfg::addAnnotatedClass);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds);
        cfg.getProperties().put(AvailableSettings.JSON_FORMAT_MAPPER, NoJsonColumns.INSTANCE);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        cfg.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "100");
        cfg.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        cfg.setProperty(AvailableSettings.SHOW_SQL, "false");
        // The pool hands out connections with auto-commit off already (see pool()).
        cfg.setProperty(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, "true");
        return cfg.buildSessionFactory();
    }

    static String explain(DatabaseConfig config, Throwable e) {
        String where = config.describe();
        boolean ioFailure = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage());
            if (t instanceof AccessDeniedException || msg.contains("Permission denied") || msg.contains("denied")
                || msg.toLowerCase(java.util.Locale.ROOT).contains("read-only")
                || t instanceof java.nio.file.FileSystemException && !(t instanceof java.nio.file.NoSuchFileException)) {
                return Messages.get("db.error.permission", where);
            }
            if (t instanceof SQLException sql) {
                String state = String.valueOf(sql.getSQLState());
                if (state.equals("28P01") || state.equals("28000")) {
                    return Messages.get("db.error.login", where);
                }
                if (state.startsWith("08") && config.isPostgres()) {
                    return Messages.get("db.error.unreachable", where, rootMessage(e));
                }
                int code = sql.getErrorCode();
                if (code == 90020 || msg.contains("already in use")) {
                    return Messages.get("db.error.locked", where);
                }
                if (code == 90030 || code == 90048 || msg.contains("corrupt")) {
                    return Messages.get("db.error.corrupt", where);
                }
                if (code == 90028) {
                    ioFailure = true;
                }
            }
        }
        if (ioFailure && config.file() != null && java.nio.file.Files.isRegularFile(config.file())) {
            return Messages.get("db.error.corrupt", where);
        }
        return Messages.get("db.error.generic", where, rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** Tells whether anything was committed since an earlier reading, by this process or another. */
    public dev.seatledger.core.common.ChangeCounter changes() {
        return new DatabaseChanges(transactions, config);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** Whether the ORM has been started (for tests of the command line's plain-SQL path). */
    boolean ormStarted() {
        return sessionFactory != null;
    }

    /** The ORM, built (and the schema validated) on the first call. */
    public SessionFactory sessionFactory() {
        SessionFactory sf = sessionFactory;
        if (sf == null) {
            synchronized (this) {
                sf = sessionFactory;
                if (sf == null) {
                    try {
                        sf = sessionFactory(dataSource);
                    } catch (RuntimeException e) {
                        throw new DatabaseOpenException(explain(config, e), e);
                    }
                    sessionFactory = sf;
                }
            }
        }
        return sf;
    }

    @Override
    public void close() {
        try {
            SessionFactory sf = sessionFactory;
            if (sf != null) {
                sf.close();
            }
            if (config.isH2()) {
                SharedFile.awaitClientsWriting(dataSource, CLIENT_PATIENCE);
            }
            H2Compaction.compactIfSparse(config, fileSizeAtOpen);
        } finally {
            dataSource.close();
        }
    }
}
