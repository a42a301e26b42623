package dev.seatledger.testing;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.Operator;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.TestInfo;

/**
 * A fresh, migrated, real database with services on a pinned clock: an H2 file in a temporary folder, or with
 * {@code -Dseatledger.test.db=postgres} a new database on the PostgreSQL test server (dropped on close). The folder
 * holds the key file either way; a folder this class made is deleted on close. Tests about H2 itself
 * ({@link AboutH2}) get the H2 file in every run.
 */
public final class TestDatabase implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");

    private final Path folder;
    private final Database database;
    private final MutableClock clock = new MutableClock(NOW, ZoneOffset.UTC);
    private final AppServices services;
    private final String postgresName;
    private final dev.seatledger.core.common.Preferences preferences;
    private final boolean ownsFolder;

    private TestDatabase(Path folder, boolean h2File) {
        this(folder, h2File, false);
    }

    private TestDatabase(Path folder, boolean h2File, boolean ownsFolder) {
        this.folder = folder;
        this.ownsFolder = ownsFolder;
        this.postgresName = !h2File && TestPostgres.enabled() ? TestPostgres.createDatabase() : null;
        this.database = Database.open(postgresName != null ? TestPostgres.config(postgresName) : DatabaseConfig.h2(folder));
        this.preferences = new dev.seatledger.infra.settings.Settings(folder);
        this.services = AppServices.create(database.transactions(), clock, Operator.fixed("tester"),
            dev.seatledger.infra.crypto.AesGcmCipher.forDataFolder(folder), preferences, folder);
    }

    /** The run's database: H2, or PostgreSQL in the PostgreSQL run. */
    public static TestDatabase create() {
        return new TestDatabase(tempFolder(), false, true);
    }

    public static TestDatabase in(Path folder) {
        return new TestDatabase(folder, false);
    }

    /** The embedded H2 file, whichever database the run tests. */
    public static TestDatabase h2() {
        return new TestDatabase(tempFolder(), true, true);
    }

    public static TestDatabase h2In(Path folder) {
        return new TestDatabase(folder, true);
    }

    /** The H2 file for a test tagged {@link AboutH2}, else the run's database. */
    public static TestDatabase forTest(TestInfo test) {
        return test.getTags().contains(AboutH2.TAG) ? h2() : create();
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("seatledger-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new database on this one's H2 file, once {@link #database()} has been closed (to read the file in between);
     * the new one takes over deleting the folder.
     */
    public TestDatabase openAgain() {
        return new TestDatabase(folder, true, ownsFolder);
    }

    /** Dates every seat's assignment {@code days} before the pinned clock, so seats are older than a dormancy window. */
    public void assignSeatsDaysAgo(int days) {
        services.tx().run(session -> session.createNativeMutationQuery("update assignment set assigned_at = :at")
            .setParameter("at", java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(days))))
            .executeUpdate());
    }

    public AppServices services() {
        return services;
    }

    /** The settings file of this database's folder; the AI client reads it at each call. */
    public dev.seatledger.core.common.Preferences preferences() {
        return preferences;
    }

    public Database database() {
        return database;
    }

    public MutableClock clock() {
        return clock;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Command-line arguments that open this database from {@code SeatLedgerCli}: the data folder, and on PostgreSQL
     * the server coordinates; followed by {@code command}. On H2, close {@link #database()} first: the command line
     * opens the file itself.
     */
    public String[] cliArgs(String... command) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--data-dir", folder.toString()));
        if (postgresName != null) {
            args.addAll(java.util.List.of("--jdbc-url", TestPostgres.url(postgresName), "--db-user", TestPostgres.user(),
                "--db-password", TestPostgres.password()));
        }
        args.addAll(java.util.List.of(command));
        return args.toArray(String[]::new);
    }

    public Clock fixedClock() {
        return clock;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            try {
                if (postgresName != null) {
                    TestPostgres.dropDatabase(postgresName);
                }
            } finally {
                if (ownsFolder) {
                    TempFolders.delete(folder);
                }
            }
        }
    }
}
