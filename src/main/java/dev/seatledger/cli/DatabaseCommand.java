package dev.seatledger.cli;

import dev.seatledger.core.common.Messages;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import dev.seatledger.infra.db.DatabaseSelection;
import dev.seatledger.infra.settings.Settings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code seatledger database}: opens (and migrates) the selected database, and saves or clears the selection. */
@Command(name = "database", description = "Open the selected database and print where it is; "
    + "--save keeps the --jdbc-url/--db-user/--db-password given before it in the settings (password encrypted).")
final class DatabaseCommand implements Callable<Integer> {
    @ParentCommand SeatLedgerCli parent;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--save", description = "Save the database given on the command line as this workstation's database")
    boolean save;

    @Option(names = "--clear", description = "Forget the saved database and use the embedded one in the data folder")
    boolean clear;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = new Settings(parent.folder());
        if (clear) {
            DatabaseSelection.forget(settings);
            out.println(Messages.get("cli.db.cleared"));
            return 0;
        }
        AesGcmCipher cipher = AesGcmCipher.forDataFolder(parent.folder());
        DatabaseConfig config = parent.databaseConfig(settings, cipher);
        try (Database db = Database.openLazily(config)) {
            if (save && !config.isH2()) {
                DatabaseSelection.remember(settings, cipher, config);
                out.println(Messages.get("cli.db.saved", config.describe(), config.user()));
            } else {
                out.println(config.describe());
            }
        }
        return 0;
    }
}
