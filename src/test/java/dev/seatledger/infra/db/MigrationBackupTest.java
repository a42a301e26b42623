package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before pending migrations run on an existing H2 file, a copy goes to backups/ in the data folder. */
class MigrationBackupTest {

    @Test
    void olderFileIsCopiedBeforeTheFirstPendingMigration(@TempDir Path dir) throws Exception {
        UpgradeFixtures.installH2(dir);

        Database.open(DatabaseConfig.h2(dir)).close();

        List<Path> backups = backups(dir);
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).matches("seatledger-before-V2-\\d{8}-\\d{6}\\.mv\\.db");
        Path copy = Files.createDirectories(dir.resolve("restored")).resolve("seatledger.mv.db");
        Files.copy(backups.get(0), copy);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolveSibling("seatledger")
                 + ";IFEXISTS=TRUE", "sa", "");
             Statement st = c.createStatement()) {
            assertThat(scalar(st, "select max(\"version\") from \"flyway_schema_history\"")).isEqualTo("1");
            assertThat(scalar(st, "select count(*) from product")).isEqualTo("12");
        }
    }

    @Test
    void newAndCurrentDatabasesAreNotCopied(@TempDir Path dir) throws Exception {
        Database.open(DatabaseConfig.h2(dir)).close();
        Database.open(DatabaseConfig.h2(dir)).close();

        assertThat(backups(dir)).isEmpty();
    }

    private static List<Path> backups(Path dir) throws Exception {
        Path folder = dir.resolve(MigrationBackup.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static String scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
