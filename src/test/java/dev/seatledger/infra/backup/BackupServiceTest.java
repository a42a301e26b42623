package dev.seatledger.infra.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.cli.SeatLedgerCli;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@AboutH2
class BackupServiceTest {

    private static String catalog(Path dir) {
        StringWriter out = new StringWriter();
        SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "catalog"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        return out.toString();
    }

    @Test
    void backupThenRestoreGivesTheSameData(@TempDir Path dir) throws Exception {
        SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "sample-data"}, new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
        String before = catalog(dir);
        Path zip = dir.resolve("manual.zip");
        assertThat(SeatLedgerCli.run(new String[] {"backup", "--out", zip.toString(), "--data-dir", dir.toString()},
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();

        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            db.transactions().run(s -> s.createNativeMutationQuery("update product set name = 'Changed ' || id").executeUpdate());
        }
        assertThat(catalog(dir)).isNotEqualTo(before).contains("Changed");

        StringWriter out = new StringWriter();
        assertThat(SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "restore", zip.toString()},
            new PrintWriter(out), new PrintWriter(new StringWriter()))).isEqualTo(2);
        assertThat(SeatLedgerCli.run(new String[] {"--data-dir", dir.toString(), "restore", zip.toString(), "--yes"},
            new PrintWriter(out), new PrintWriter(new StringWriter()))).isZero();

        assertThat(catalog(dir)).isEqualTo(before);
        assertThat(out.toString()).contains("the previous database was kept as");
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("before-restore-"))).hasSize(1);
        }
    }

    @Test
    void automaticBackupsRotateKeepingTenAndTheDailyOneWaitsADay(@TempDir Path dir) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);
        BackupService service = new BackupService(dir, clock);
        try (Database db = Database.open(DatabaseConfig.h2(dir))) {
            for (int i = 0; i < 12; i++) {
                clock.advance(Duration.ofMinutes(1));
                service.automatic(db.dataSource());
            }
            assertThat(service.automaticBackups()).hasSize(10);
            assertThat(service.automaticBackups().get(0).getFileName().toString()).startsWith("auto-20260315-1012");

            assertThat(service.dailyIfDue(db.dataSource())).isFalse();
        }
    }
}
