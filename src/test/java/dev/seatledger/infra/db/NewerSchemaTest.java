package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.testing.PostgresOnly;
import dev.seatledger.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database migrated by a newer SeatLedger (history holds V99) is refused with a message and left as it was. */
class NewerSchemaTest {
    private static final String FUTURE = "classpath:upgrade/future";

    @Test
    void flywayDefaultsWouldMigrateANewerDatabaseWithoutComplaint(@TempDir Path dir) {
        DatabaseConfig config = DatabaseConfig.h2(dir);
        makeNewer(config);

        Flyway defaults = Flyway.configure().dataSource(config.jdbcUrl(), config.user(), config.password())
            .locations(Migrations.LOCATION).placeholders(Migrations.placeholders(config.jdbcUrl())).load();

        assertThat(defaults.migrate().success).isTrue();
    }

    @Test
    void newerH2FileIsRefusedNamingTheFileAndIsNotTouched(@TempDir Path dir) throws Exception {
        DatabaseConfig config = DatabaseConfig.h2(dir);
        Database.open(config).close();
        String latest = latestShipped(config);
        makeNewer(config);
        String before = history(config);

        assertThatThrownBy(() -> Database.open(config))
            .isInstanceOf(DatabaseOpenException.class)
            .hasMessageContaining(dir.resolve("seatledger.mv.db").toString())
            .hasMessageContaining("newer SeatLedger")
            .hasMessageContaining("schema version 99")
            .hasMessageContaining("knows up to " + latest);

        assertThat(history(config)).isEqualTo(before);
        assertThat(dir.resolve(MigrationBackup.FOLDER)).doesNotExist();
    }

    @Test
    @PostgresOnly
    void newerPostgresDatabaseIsRefusedNamingTheServerAndIsNotTouched() throws Exception {
        String name = TestPostgres.createDatabase();
        try {
            DatabaseConfig config = TestPostgres.config(name);
            makeNewer(config);
            String before = history(config);

            assertThatThrownBy(() -> Database.open(config))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining(config.describe())
                .hasMessageContaining("schema version 99");

            assertThat(history(config)).isEqualTo(before);
        } finally {
            TestPostgres.dropDatabase(name);
        }
    }

    /** The newest migration this app ships, read from the database's own history before V99 is added. */
    private static String latestShipped(DatabaseConfig config) {
        return Flyway.configure().dataSource(config.jdbcUrl(), config.user(), config.password())
            .locations(Migrations.LOCATION).placeholders(Migrations.placeholders(config.jdbcUrl())).load().info().current().getVersion().getVersion();
    }

    /** Migrates with this app's migrations plus a V99 only a newer SeatLedger would have. */
    private static void makeNewer(DatabaseConfig config) {
        Flyway.configure().dataSource(config.jdbcUrl(), config.user(), config.password())
            .locations(Migrations.LOCATION, FUTURE).placeholders(Migrations.placeholders(config.jdbcUrl())).load().migrate();
    }

    private static String history(DatabaseConfig config) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select \"installed_rank\", \"version\", \"checksum\", \"success\""
                 + " from \"flyway_schema_history\" order by \"installed_rank\"")) {
            while (rs.next()) {
                all.append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getObject(3))
                    .append(' ').append(rs.getBoolean(4)).append('\n');
            }
        }
        return all.toString();
    }
}
