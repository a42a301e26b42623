package dev.seatledger.cli;

import dev.seatledger.infra.backup.BackupService;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import dev.seatledger.infra.settings.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code seatledger backup} and {@code seatledger restore} for the embedded database. */
final class BackupCommands {
    private BackupCommands() {
    }

    @Command(name = "backup", description = "Back up the embedded database to a zip file.")
    static final class Backup implements Callable<Integer> {
        @ParentCommand SeatLedgerCli root;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--out", paramLabel = "FILE", description = "Target file (default: the backups folder)") Path out;

        @Override
        public Integer call() {
            Path folder = root.folder();
            Settings settings = new Settings(folder);
            AesGcmCipher cipher = AesGcmCipher.forDataFolder(folder);
            DatabaseConfig config = root.databaseConfig(settings, cipher);
            if (!config.isH2()) {
                spec.commandLine().getErr().println("Back up a shared PostgreSQL database with pg_dump on the server.");
                return 2;
            }
            BackupService service = new BackupService(folder, Clock.systemDefaultZone());
            try (Database db = Database.openLazily(config)) {
                Path target = out != null ? out.toAbsolutePath() : service.folder().resolve("manual-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
                service.backupTo(db.dataSource(), target);
                spec.commandLine().getOut().println("Backup written to " + target);
            }
            return 0;
        }
    }

    @Command(name = "restore", description = "Replace the embedded database with a backup (the current one is kept aside).")
    static final class Restore implements Callable<Integer> {
        @ParentCommand SeatLedgerCli root;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE") Path file;
        @Option(names = "--yes", description = "Confirm replacing the current database") boolean yes;

        @Override
        public Integer call() {
            if (!yes) {
                spec.commandLine().getErr().println("Restoring replaces the current database. Run again with --yes to confirm.");
                return 2;
            }
            Path folder = root.folder();
            if (Database.inUseElsewhere(DatabaseConfig.h2(folder))) {
                spec.commandLine().getErr().println(dev.seatledger.core.common.Messages.get("cli.restore.inUse",
                    DatabaseConfig.h2(folder).file()));
                return 1;
            }
            Path dbFile = DatabaseConfig.h2(folder).file();
            Path safety = new BackupService(folder, Clock.systemDefaultZone()).restore(file, dbFile);
            try (Database db = Database.openLazily(DatabaseConfig.h2(folder))) {
                spec.commandLine().getOut().println("Restored " + file + (safety == null ? ""
                    : "; the previous database was kept as " + safety));
            }
            return 0;
        }
    }
}
