package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.cli.SeatLedgerCli;
import dev.seatledger.infra.settings.DataFolder;
import dev.seatledger.infra.settings.OwnerOnly;
import dev.seatledger.testing.AboutH2;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On POSIX systems the data folder, its subfolders and every file SeatLedger writes there (database, key, settings,
 * backups, migration copies, outbox exports) are readable by their owner only: folders rwx------, files rw-------.
 */
@AboutH2
@org.junit.jupiter.api.condition.DisabledOnOs(value = org.junit.jupiter.api.condition.OS.WINDOWS,
    disabledReason = "POSIX permissions (ADR 0018); Windows files have ACLs instead")
class DataFolderPermissionsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(OwnerOnly.supported(), "the file system has no POSIX permissions");
    }

    @Test
    void everythingTheAppWritesIsOwnerOnly(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("home/.local/share/seatledger");

        assertThat(cli(data, "sample-data")).as(err.toString()).isZero();
        assertThat(cli(data, "outbox", "configure", "--host", "127.0.0.1", "--user", "it", "--password", "pw",
            "--from", "it@example.com")).isZero();
        assertThat(cli(data, "backup")).isZero();
        assertThat(cli(data, "outbox", "export", "--out", data.resolve("exports/outbox").toString())).isZero();

        Map<String, String> perms = permissions(data);
        assertThat(perms).containsKeys("", "seatledger.mv.db", "secret.key", "settings.properties", "backups", "exports");
        assertThat(perms.keySet()).anyMatch(n -> n.startsWith("backups/manual-") && n.endsWith(".zip"));
        assertOwnerOnly(perms);
    }

    @Test
    void migrationCopyOfAnOlderDatabaseIsOwnerOnly(@TempDir Path tmp) throws Exception {
        Path data = OwnerOnly.folder(tmp.resolve("data"));
        UpgradeFixtures.installH2(data);

        Database.open(DatabaseConfig.h2(data)).close();

        Map<String, String> perms = permissions(data);
        assertThat(perms.keySet()).anyMatch(n -> n.startsWith("backups/seatledger-before-V2-"));
        assertOwnerOnly(perms);
    }

    @Test
    void aFolderLeftOpenByAnOlderVersionIsClosedButTheUsersOwnFilesAreLeftAlone(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path backups = Files.createDirectories(data.resolve("backups/old"));
        Files.writeString(data.resolve("settings.properties"), "operator=ana\n");
        Files.writeString(backups.resolve("auto-20250101-000000-000.zip"), "zip");
        Path notes = Files.writeString(data.resolve("my-notes.txt"), "mine");
        for (Path p : new Path[] {data, data.resolve("backups"), backups}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path p : new Path[] {data.resolve("settings.properties"), backups.resolve("auto-20250101-000000-000.zip"), notes}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }

        DataFolder.secure(data);

        Map<String, String> perms = permissions(data);
        assertThat(perms.remove("my-notes.txt")).isEqualTo("rw-r--r--");
        assertThat(perms).containsKeys("", "backups", "backups/old", "settings.properties");
        assertOwnerOnly(perms);
    }

    private static void assertOwnerOnly(Map<String, String> perms) {
        perms.forEach((name, p) -> assertThat(p).as(name.isEmpty() ? "the data folder" : name)
            .isIn("rwx------", "rw-------"));
        perms.forEach((name, p) -> {
            if (p.startsWith("rwx")) {
                assertThat(p).as(name).isEqualTo("rwx------");
            }
        });
    }

    /** Relative path (the folder itself as "") to its permissions; folders are the only entries with rwx. */
    private static Map<String, String> permissions(Path root) throws Exception {
        Map<String, String> perms = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String s = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                assertThat(Files.isDirectory(p) == s.startsWith("rwx")).as("%s: %s", p, s).isTrue();
                perms.put(root.relativize(p).toString(), s);
            }
        }
        return perms;
    }

    private int cli(Path data, String... args) {
        String[] all = Stream.concat(Stream.of("--data-dir", data.toString()), Stream.of(args)).toArray(String[]::new);
        return SeatLedgerCli.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
