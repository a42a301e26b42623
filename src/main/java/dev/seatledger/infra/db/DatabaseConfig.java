package dev.seatledger.infra.db;

import java.nio.file.Path;

/** JDBC coordinates plus, for the embedded database, the file it lives in (for messages and backups). */
public record DatabaseConfig(String jdbcUrl, String user, String password, Path file) {
    /**
     * Every commit is written before it returns ({@code WRITE_DELAY=0}) and appended to the file rather
     * than into space freed earlier ({@code REUSE_SPACE=FALSE}): with space reuse, a process killed just
     * after a commit could reopen without it (ADR 0019). {@link H2Compaction} gives the space back on close.
     * The first process to open the file serves it to the others ({@code AUTO_SERVER=TRUE}, on a loopback port:
     * the window and the command line share the data folder, ADR 0046).
     */
    public static final String H2_OPTIONS = ";LOCK_TIMEOUT=5000;WRITE_DELAY=0;REUSE_SPACE=FALSE;AUTO_SERVER=TRUE";

    /** The embedded H2 database {@code seatledger.mv.db} inside the data folder. */
    public static DatabaseConfig h2(Path dataFolder) {
        Path base = dataFolder.resolve("seatledger").toAbsolutePath();
        return new DatabaseConfig("jdbc:h2:file:" + base + H2_OPTIONS, "sa", "",
            dataFolder.resolve("seatledger.mv.db").toAbsolutePath());
    }

    /** The same as {@link #h2}: every opening of the embedded file lets other processes share it. */
    public static DatabaseConfig h2Shared(Path dataFolder) {
        return h2(dataFolder);
    }

    /** A shared PostgreSQL database, e.g. {@code jdbc:postgresql://db.example.org:5432/seatledger}. */
    public static DatabaseConfig postgres(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + masked(jdbcUrl));
        }
        return new DatabaseConfig(jdbcUrl, user, password == null ? "" : password, null);
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** Where the data is, for messages and logs: the file, or the URL without any password in it. */
    public String describe() {
        return file != null ? file.toString() : masked(jdbcUrl);
    }

    static String masked(String url) {
        return url.replaceAll("(?i)password=[^&;]*", "password=***");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + describe() + (user == null || user.isEmpty() ? "" : ", user " + user) + "]";
    }
}
