package dev.seatledger.infra.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import dev.seatledger.infra.settings.OwnerOnly;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies an embedded database to {@code backups/seatledger-before-V<n>-<timestamp>.mv.db} in its folder before
 * migration {@code n} runs. The copy comes from H2's {@code BACKUP TO}, which is consistent while the database is
 * open (also when another process shares it through its automatic server).
 */
final class MigrationBackup {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationBackup.class);
    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private MigrationBackup() {
    }

    static Path take(DataSource ds, Path databaseFile, String nextVersion) {
        Path folder = databaseFile.getParent().resolve(FOLDER);
        String base = "seatledger-before-V" + nextVersion + "-" + LocalDateTime.now().format(STAMP);
        try {
            OwnerOnly.folder(folder);
            Path target = unique(folder, base);
            Path zip = Files.createTempFile(folder, base, ".zip");
            try {
                try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                    st.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
                }
                extract(zip, databaseFile.getFileName().toString(), target);
            } finally {
                Files.deleteIfExists(zip);
            }
            LOG.debug("Backed up {} to {} before migration V{}", databaseFile, target, nextVersion);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot back up " + databaseFile + " into " + folder, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot back up " + databaseFile + ": " + e.getMessage(), e);
        }
    }

    private static Path unique(Path folder, String base) {
        Path p = folder.resolve(base + ".mv.db");
        for (int i = 2; Files.exists(p); i++) {
            p = folder.resolve(base + "-" + i + ".mv.db");
        }
        return p;
    }

    private static void extract(Path zip, String entryName, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals(entryName) || e.getName().endsWith("/" + entryName)) {
                    Path tmp = target.resolveSibling(target.getFileName() + ".part");
                    Files.copy(z, tmp, StandardCopyOption.REPLACE_EXISTING);
                    OwnerOnly.file(tmp);
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    return;
                }
            }
        }
        throw new IOException("The backup archive holds no " + entryName);
    }
}
