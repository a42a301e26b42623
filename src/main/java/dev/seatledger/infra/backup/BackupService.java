package dev.seatledger.infra.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import dev.seatledger.infra.settings.OwnerOnly;
import javax.sql.DataSource;

/**
 * Backups of the embedded database: a consistent zip made by H2's {@code BACKUP TO} while the database
 * is open; automatic ones (on exit, and at start-up when the last is older than a day) rotate, keeping
 * the newest ten; restore replaces the database file after backing up the current one. Every backup is a copy of
 * the whole database, so its file is owner-only wherever it is written.
 */
public final class BackupService {
    public static final String FOLDER = "backups";
    public static final String AUTO_PREFIX = "auto-";
    public static final int KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path dataFolder;
    private final Clock clock;

    public BackupService(Path dataFolder, Clock clock) {
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    public Path folder() {
        return dataFolder.resolve(FOLDER);
    }

    /** Writes a backup zip of the open database to {@code target}. */
    public Path backupTo(DataSource ds, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent.equals(folder().toAbsolutePath())) {
                OwnerOnly.folder(parent);
            } else {
                Files.createDirectories(parent);
            }
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            Files.deleteIfExists(tmp);
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("BACKUP TO '" + tmp.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            OwnerOnly.file(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup " + target, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot back up the database: " + e.getMessage(), e);
        }
    }

    /** An automatic, rotating backup in the data folder. */
    public Path automatic(DataSource ds) {
        String name = AUTO_PREFIX + LocalDateTime.now(clock).format(STAMP) + ".zip";
        Path p = backupTo(ds, folder().resolve(name));
        rotate();
        return p;
    }

    /** Takes the daily automatic backup when the newest one is older than a day (or none exists). */
    public boolean dailyIfDue(DataSource ds) {
        Instant newest = automaticBackups().stream().findFirst().map(p -> {
            try {
                return Files.getLastModifiedTime(p).toInstant();
            } catch (IOException e) {
                return Instant.EPOCH;
            }
        }).orElse(Instant.EPOCH);
        if (Duration.between(newest, clock.instant()).compareTo(Duration.ofDays(1)) >= 0) {
            automatic(ds);
            return true;
        }
        return false;
    }

    /** Automatic backups, newest first. */
    public List<Path> automaticBackups() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.getFileName().toString().startsWith(AUTO_PREFIX) && p.toString().endsWith(".zip"))
                .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rotate() {
        List<Path> all = automaticBackups();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Replaces the (closed) database file with the one inside {@code backupZip}; the current file is
     * first copied to {@code backups/before-restore-<time>.mv.db}. Returns that safety copy.
     */
    public Path restore(Path backupZip, Path databaseFile) {
        try {
            Path safety = null;
            if (Files.exists(databaseFile)) {
                OwnerOnly.folder(folder());
                safety = folder().resolve("before-restore-" + LocalDateTime.now(clock).format(STAMP) + ".mv.db");
                Files.copy(databaseFile, safety);
                OwnerOnly.file(safety);
            }
            Path tmp = databaseFile.resolveSibling(databaseFile.getFileName() + ".restoring");
            boolean found = false;
            try (InputStream in = Files.newInputStream(backupZip); ZipInputStream z = new ZipInputStream(in)) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    if (e.getName().endsWith(".mv.db")) {
                        Files.copy(z, tmp, StandardCopyOption.REPLACE_EXISTING);
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                throw new IOException(backupZip + " is not a SeatLedger backup (no database inside)");
            }
            OwnerOnly.file(tmp);
            Files.move(tmp, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return safety;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
