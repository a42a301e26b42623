package dev.seatledger.infra.db;

import java.nio.file.Path;

/** JDBC coordinates plus, for the embedded database, the file it lives in (for messages). */
public record DatabaseConfig(String jdbcUrl, String user, String password, Path file) {
    public static final String H2_OPTIONS = ";LOCK_TIMEOUT=5000;DB_CLOSE_ON_EXIT=FALSE";

    /** The embedded H2 database {@code seatledger.mv.db} inside the data folder. */
    public static DatabaseConfig h2(Path dataFolder) {
        Path base = dataFolder.resolve("seatledger").toAbsolutePath();
        return new DatabaseConfig("jdbc:h2:file:" + base + H2_OPTIONS, "sa", "",
            dataFolder.resolve("seatledger.mv.db").toAbsolutePath());
    }

    /** Same file, opened so several processes can share it (H2 automatic mixed mode). */
    public static DatabaseConfig h2Shared(Path dataFolder) {
        Path base = dataFolder.resolve("seatledger").toAbsolutePath();
        return new DatabaseConfig("jdbc:h2:file:" + base + ";LOCK_TIMEOUT=5000;AUTO_SERVER=TRUE", "sa", "",
            dataFolder.resolve("seatledger.mv.db").toAbsolutePath());
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    public String describe() {
        return file != null ? file.toString() : jdbcUrl.replaceAll("password=[^&;]*", "password=***");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + describe() + "]";
    }
}
