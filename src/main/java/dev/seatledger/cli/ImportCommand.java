package dev.seatledger.cli;

import dev.seatledger.core.common.Progress;
import dev.seatledger.core.importing.CsvTable;
import dev.seatledger.core.importing.DirectoryPreset;
import dev.seatledger.core.importing.ImportIssue;
import dev.seatledger.core.importing.LicenseColumns;
import dev.seatledger.core.importing.LicenseImport;
import dev.seatledger.core.importing.PeopleImport;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.TelemetryFile;
import dev.seatledger.core.telemetry.TelemetryImportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code seatledger import licenses|people|telemetry FILE}: validates every row first, then writes in one transaction. */
@Command(name = "import", description = "Import licenses, people, telemetry, usage evidence or seats from a file.",
    subcommands = {ImportCommand.Licenses.class, ImportCommand.People.class, ImportCommand.Telemetry.class,
        ImportUsageCommand.class, ImportAssignmentsCommand.class})
public class ImportCommand {
    @ParentCommand SeatLedgerCli root;

    static int report(PrintWriter err, List<ImportIssue> issues) {
        issues.forEach(i -> err.println(i.toString()));
        return 1;
    }

    abstract static class FileCommand implements Callable<Integer> {
        @ParentCommand ImportCommand parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE") Path file;
        @Option(names = "--dry-run", description = "Validate and report, write nothing") boolean dryRun;
        @Option(names = "--skip-invalid", description = "Import the valid rows and report the others") boolean skipInvalid;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }
    }

    @Command(name = "licenses", description = "Import licenses from a Snipe-IT licenses export or any CSV.")
    static final class Licenses extends FileCommand {
        @Option(names = "--format", description = "snipeit or csv (headers matched by name); default: snipeit when the "
            + "file has an Item Name column, else csv") String format;
        @Option(names = "--currency", description = "Currency of the costs in the file (default: the base currency)")
        String currency;

        @Override
        public Integer call() throws IOException {
            if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("snipeit")) {
                err().println("Unknown --format '" + format + "': use snipeit or csv.");
                return 2;
            }
            CsvTable table = CsvTable.read(file);
            boolean snipeIt = format == null ? table.has("Item Name") : format.equalsIgnoreCase("snipeit");
            LicenseColumns columns = snipeIt ? LicenseColumns.snipeIt() : LicenseColumns.guess(table.headers());
            String cur = currency == null ? parent.root.baseCurrency() : currency.toUpperCase(Locale.ROOT);
            return parent.root.withDatabase((s, cipher) -> {
                LicenseImport importer = new LicenseImport(s.tx(), s.clock(), s.operator(), cipher, s.recognition());
                LicenseImport.Plan plan = importer.plan(table, columns, cur);
                plan.issues().forEach(i -> err().println(i));
                out().printf("%d rows: %d licenses, %d checkouts, %d duplicates skipped, %d problems%n",
                    table.rows().size(), plan.licenses(), plan.checkouts(), plan.duplicates(), plan.issues().size());
                if (dryRun || (!plan.valid() && !skipInvalid)) {
                    if (!plan.valid() && !dryRun) {
                        err().println("Nothing was imported. Fix the rows above or use --skip-invalid.");
                    }
                    return plan.valid() ? 0 : 1;
                }
                LicenseImport.Result r = importer.apply(plan, skipInvalid);
                out().printf("Imported %d licenses (%d new products, %d new people, %d seats assigned)%n",
                    r.licensesCreated(), r.productsCreated(), r.peopleCreated(), r.seatsAssigned());
                return 0;
            });
        }
    }

    @Command(name = "people", description = "Import people from an Entra ID, Google Workspace or Okta export, or a CSV.")
    static final class People extends FileCommand {
        @Option(names = "--format", defaultValue = "csv", description = "entra, google, okta or csv") String format;

        @Override
        public Integer call() throws IOException {
            DirectoryPreset preset;
            try {
                preset = DirectoryPreset.parse(format);
            } catch (IllegalArgumentException e) {
                err().println(e.getMessage());
                return 2;
            }
            CsvTable table = CsvTable.read(file);
            return parent.root.withDatabase((s, cipher) -> {
                PeopleImport importer = new PeopleImport(s.tx(), s.clock(), s.operator());
                PeopleImport.Plan plan = importer.plan(table, preset);
                plan.issues().forEach(i -> err().println(i));
                out().printf("%d rows: %d valid, %d problems%n", table.rows().size(), plan.rows().size(),
                    plan.issues().size());
                if (dryRun || (!plan.valid() && !skipInvalid)) {
                    if (!plan.valid() && !dryRun) {
                        err().println("Nothing was imported. Fix the rows above or use --skip-invalid.");
                    }
                    return plan.valid() ? 0 : 1;
                }
                PeopleImport.Result r = importer.apply(plan, skipInvalid);
                out().printf("Imported people: %d new, %d updated, %d unchanged%n", r.created(), r.updated(), r.unchanged());
                return 0;
            });
        }
    }

    @Command(name = "telemetry", description = "Import endpoint telemetry (SeatLedger CSV/JSON or osquery results).")
    static final class Telemetry extends FileCommand {
        @Option(names = "--format", description = "seatledger or osquery (default: from the file)") String format;
        @Option(names = "--host", description = "Device host name, for plain osqueryi --json output") String host;
        @Option(names = "--user", description = "Primary user's email, for plain osqueryi --json output") String user;

        @Override
        public Integer call() throws IOException {
            ParsedTelemetry parsed = TelemetryFile.parse(file, "osquery".equalsIgnoreCase(format), host, user,
                Clock.systemUTC().instant());
            parsed.errors().forEach(e -> err().println(e));
            out().printf("%d records, %d problems%n", parsed.records().size(), parsed.errors().size());
            if (!parsed.valid() && !skipInvalid) {
                if (!dryRun) {
                    err().println("Nothing was imported. Fix the lines above or use --skip-invalid.");
                }
                return 1;
            }
            if (dryRun) {
                return 0;
            }
            ParsedTelemetry valid = new ParsedTelemetry(parsed.records(), List.of());
            TelemetryImportResult r = parent.root.withServices(s -> s.telemetryImporter().importParsed(valid, Progress.NONE));
            out().printf("Imported: %d new devices, %d new and %d updated applications; unknown applications: %s%n",
                r.devicesAdded(), r.appsAdded(), r.appsUpdated(),
                r.unknownApplications().isEmpty() ? "none" : String.join(", ", r.unknownApplications()));
            return 0;
        }
    }
}
