package dev.seatledger.infra.db;

import dev.seatledger.core.common.Messages;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the app's schema. A database whose history holds a version this app does not know
 * (written by a newer SeatLedger) is refused before anything is written; an existing embedded database is
 * backed up before its first pending migration runs.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /**
     * Values of the {@code ${...}} placeholders in the migrations. {@code stored} ends a generated column's
     * definition, required by PostgreSQL and not accepted by H2, which always stores generated columns.
     * {@code addColumns}, {@code andColumn} and {@code endColumns} add several columns in one statement, so H2,
     * which copies the whole table for every {@code alter table … add}, copies it once:
     * {@code alter table t ${addColumns} a int ${andColumn} b date ${endColumns}} is
     * {@code add (a int, b date)} on H2 and {@code add column a int, add column b date} on PostgreSQL.
     */
    static Map<String, String> placeholders(String jdbcUrl) {
        boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
        return Map.of("stored", postgres ? "stored" : "",
            "addColumns", postgres ? "add column" : "add (",
            "andColumn", postgres ? ", add column" : ",",
            "endColumns", postgres ? "" : ")");
    }

    static Flyway flyway(DatabaseConfig config, DataSource ds) {
        return Flyway.configure()
            .dataSource(ds)
            .locations(LOCATION)
            .placeholders(placeholders(config.jdbcUrl()))
            // Flyway's default ("*:future") lets migrate() run on a newer schema; this app never does.
            .ignoreMigrationPatterns(new String[0])
            .validateOnMigrate(true)
            .load();
    }

    /** Migrates when the database lacks a migration this app ships; a current database costs one query. */
    static void run(DatabaseConfig config, DataSource ds) {
        if (CurrentSchema.holds(ds)) {
            return;
        }
        Flyway flyway = flyway(config, ds);
        MigrationInfoService info = flyway.info();
        refuseNewer(config, info);
        MigrationInfo[] pending = info.pending();
        if (pending.length > 0 && info.applied().length > 0 && config.isH2() && SharedFile.servedByAnother(ds)) {
            // the process serving the file runs an older SeatLedger: its ORM would meet a schema it does not know
            throw new DatabaseOpenException(Messages.get("db.error.upgradeShared", config.describe()), null);
        }
        if (pending.length > 0 && info.applied().length > 0 && config.file() != null) {
            MigrationBackup.take(ds, config.file(), pending[0].getVersion().getVersion());
        }
        int applied = flyway.migrate().migrationsExecuted;
        if (applied > 0) {
            LOG.debug("Applied {} migrations to {}", applied, config.describe());
        }
    }

    /** Throws a message naming the database when its history is ahead of the migrations this app ships. */
    static void refuseNewer(DatabaseConfig config, MigrationInfoService info) {
        Optional<MigrationInfo> future = Arrays.stream(info.applied())
            .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
            .filter(m -> m.getVersion() != null)
            .max(Comparator.comparing(MigrationInfo::getVersion));
        if (future.isPresent()) {
            String known = Arrays.stream(info.all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse("0");
            throw new DatabaseOpenException(Messages.get("db.error.newer", config.describe(),
                future.get().getVersion().getVersion(), known), null);
        }
    }
}
