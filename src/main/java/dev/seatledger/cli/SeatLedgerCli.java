package dev.seatledger.cli;

import dev.seatledger.core.common.Messages;
import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import dev.seatledger.infra.db.DatabaseSelection;
import dev.seatledger.infra.settings.DataFolder;
import dev.seatledger.infra.settings.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The {@code seatledger} command: works on the same data folder as the app, without a window. */
@Command(name = "seatledger", mixinStandardHelpOptions = true, versionProvider = SeatLedgerCli.Version.class,
    description = "SeatLedger from the command line: works on the same data folder as the app.",
    subcommands = {SeatLedgerCli.CatalogCommand.class, SeatLedgerCli.SampleDataCommand.class, DatabaseCommand.class,
        ImportCommand.class, ExportCommand.class, ReportCommand.class, SeatCommands.Assign.class, SeatCommands.Revoke.class,
        BackupCommands.Backup.class, BackupCommands.Restore.class, OutboxCommand.class, DemoCommand.class,
        PurgeDocumentsCommand.class, CompletionCommand.class, AuditCommand.class, TermCommands.Renew.class,
        TermCommands.AddSeats.class, ExtractCommand.class, CurrencyCommand.class})
public class SeatLedgerCli {
    @Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT, description = "Data folder (default: $SEATLEDGER_DATA_DIR or the OS convention)")
    Path dataDir;

    @Option(names = DatabaseSelection.URL_ARG, scope = CommandLine.ScopeType.INHERIT, paramLabel = "URL",
        description = "Shared PostgreSQL database, e.g. jdbc:postgresql://server:5432/seatledger "
            + "(default: the database saved in the settings, else the embedded database)")
    String jdbcUrl;

    @Option(names = DatabaseSelection.USER_ARG, scope = CommandLine.ScopeType.INHERIT, paramLabel = "USER", description = "User name on the database server")
    String dbUser;

    @Option(names = DatabaseSelection.PASSWORD_ARG, scope = CommandLine.ScopeType.INHERIT, paramLabel = "PASS",
        description = "Password on the database server (or set $" + DatabaseSelection.PASSWORD_ENV + ")")
    String dbPassword;

    @Option(names = CliLogging.VERBOSE, scope = CommandLine.ScopeType.INHERIT,
        description = "Show log lines on standard error (the data folder's logs/seatledger.log keeps them either way)")
    boolean verbose;

    public static void main(String[] args) {
        CliLogging.beforeFirstLogger(java.util.Arrays.asList(args));
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SeatLedgerCli());
        withHelp(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new CliErrors(err));
        return cl.execute(args);
    }

    /** {@code --help} (and {@code --version}) on every command and subcommand. */
    private static void withHelp(CommandLine cl) {
        if (!cl.getCommandSpec().mixinStandardHelpOptions()) {
            cl.getCommandSpec().mixinStandardHelpOptions(true);
        }
        cl.getSubcommands().values().forEach(SeatLedgerCli::withHelp);
    }

    /** The data folder, owner-only with its log folder, before anything writes a log line into it. */
    Path folder() {
        Path folder = DataFolder.secure(dataDir != null ? dataDir.toAbsolutePath() : DataFolder.fromEnvironment(List.of()));
        dev.seatledger.infra.settings.OwnerOnly.folder(folder.resolve("logs"));
        return folder;
    }

    DatabaseConfig databaseConfig(Settings settings, AesGcmCipher cipher) {
        return DatabaseSelection.resolve(new DatabaseSelection.Given(jdbcUrl, dbUser, dbPassword), settings, cipher,
            folder());
    }

    /** Runs work against the open database with its services, the transactions and the cipher. */
    <T> T withDatabase(java.util.function.BiFunction<AppServices, AesGcmCipher, T> work) {
        Path folder = folder();
        Settings settings = new Settings(folder);
        AesGcmCipher cipher = AesGcmCipher.forDataFolder(folder);
        try (Database db = Database.openLazily(databaseConfig(settings, cipher))) {
            AppServices s = AppServices.create(db.transactions(), Clock.systemDefaultZone(), settings::operatorName,
                cipher, settings, folder);
            TermCommands.service(s).rollOver();
            return work.apply(s, cipher);
        }
    }

    String baseCurrency() {
        return new Settings(folder()).get(dev.seatledger.core.common.Preferences.BASE_CURRENCY, "EUR");
    }

    <T> T withServices(java.util.function.Function<AppServices, T> work) {
        Path folder = folder();
        Settings settings = new Settings(folder);
        AesGcmCipher cipher = AesGcmCipher.forDataFolder(folder);
        try (Database db = Database.openLazily(databaseConfig(settings, cipher))) {
            AppServices s = AppServices.create(db.transactions(), Clock.systemDefaultZone(), settings::operatorName,
                cipher);
            TermCommands.service(s).rollOver();
            return work.apply(s);
        }
    }

    /**
     * Runs plain-SQL work on the open database: no services, no ORM (unless the work asks for a session), and the
     * data folder's key read only if a saved server password needs it.
     */
    <T> T withTransactions(java.util.function.Function<dev.seatledger.core.common.Transactions, T> work) {
        Path folder = folder();
        Settings settings = new Settings(folder);
        try (Database db = Database.openLazily(DatabaseSelection.resolve(new DatabaseSelection.Given(jdbcUrl, dbUser,
                dbPassword), settings, new KeyOnDemand(folder), folder))) {
            return work.apply(db.transactions());
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SeatLedgerCli.class.getPackage().getImplementationVersion();
            return new String[] {"SeatLedger " + (v == null ? "development build" : v)};
        }
    }

    @Command(name = "catalog", description = "Print the catalog as CSV.")
    static final class CatalogCommand implements Callable<Integer> {
        @ParentCommand SeatLedgerCli parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<ProductRow> rows = parent.withTransactions(tx -> new CatalogQuery(tx).list(CatalogFilter.all()));
            PrintWriter out = spec.commandLine().getOut();
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader("name", "publisher", "category", "grade", "licenses", "seats").get())) {
                for (ProductRow r : rows) {
                    csv.printRecord(dev.seatledger.core.common.CsvSafe.cell(r.name()),
                        dev.seatledger.core.common.CsvSafe.cell(r.publisher()), dev.seatledger.core.common.CsvSafe.cell(r.category()),
                        r.gradeLetter(), r.licenseCount(), r.totalSeats());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "sample-data", description = "Load the sample records into the database.")
    static final class SampleDataCommand implements Callable<Integer> {
        @ParentCommand SeatLedgerCli parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            int added = parent.withServices(s -> s.sampleData().load());
            spec.commandLine().getOut().println(Messages.get("cli.sampleData.loaded", added));
            return 0;
        }
    }
}
