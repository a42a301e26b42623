package dev.seatledger.testing;

import dev.seatledger.infra.db.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server tests run against when {@code -Dseatledger.test.db=postgres}: base URL, user and password
 * from {@code seatledger.test.pg.url|user|password} (or {@code SEATLEDGER_TEST_PG_URL|USER|PASSWORD}). Each test
 * database is a fresh database on that server, dropped when the test closes it.
 */
public final class TestPostgres {
    public static final String DB_PROPERTY = "seatledger.test.db";

    private TestPostgres() {
    }

    public static boolean enabled() {
        return "postgres".equalsIgnoreCase(System.getProperty(DB_PROPERTY, "h2").strip());
    }

    static String setting(String name, String fallback) {
        String v = System.getProperty("seatledger.test.pg." + name);
        if (v == null || v.isBlank()) {
            v = System.getenv("SEATLEDGER_TEST_PG_" + name.toUpperCase(Locale.ROOT));
        }
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    static String baseUrl() {
        String base = setting("url", "jdbc:postgresql://127.0.0.1:5432/");
        return base.endsWith("/") ? base : base + "/";
    }

    public static String user() {
        return setting("user", "postgres");
    }

    public static String password() {
        return setting("password", "");
    }

    /** The JDBC URL of one database on the test server. */
    public static String url(String database) {
        return baseUrl() + database;
    }

    public static DatabaseConfig config(String database) {
        return DatabaseConfig.postgres(url(database), user(), password());
    }

    /** Creates an empty database with a unique name and returns the name. */
    public static String createDatabase() {
        String name = "sl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("create database " + name);
        return name;
    }

    /**
     * Drops a test database once its pool is closed; {@code with (force)} (PostgreSQL 13+, the oldest SeatLedger
     * supports) ends any server process, such as autovacuum, still connected to it.
     */
    public static void dropDatabase(String name) {
        admin("drop database if exists " + name + " with (force)");
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(url("postgres"), user(), password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test PostgreSQL server at " + baseUrl() + ": " + e.getMessage(), e);
        }
    }
}
