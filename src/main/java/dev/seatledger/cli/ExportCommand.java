package dev.seatledger.cli;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.exporting.AssignmentCsvExport;
import dev.seatledger.core.exporting.LicenseCsvExport;
import dev.seatledger.core.exporting.PeopleCsvExport;
import dev.seatledger.core.finance.AgendaRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code seatledger export licenses|assignments|people|renewals}: CSV (formula-safe, never a license key) or, for
 * renewals, an iCalendar file; to standard output or to {@code --out FILE}.
 */
@Command(name = "export", description = {"Export licenses, assignments, people or renewals.",
    "CSV cells never start a spreadsheet formula; license keys are never exported.",
    "licenses and people files import into another SeatLedger with `import licenses --format csv` and "
        + "`import people --format csv`."})
final class ExportCommand implements Callable<Integer> {
    static final List<String> WHAT = List.of("licenses", "assignments", "people", "renewals");

    @ParentCommand SeatLedgerCli root;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "WHAT", description = "licenses, assignments, people or renewals") String what;
    @Option(names = "--format", defaultValue = "csv", description = "csv, or ics for renewals (default: csv)") String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output)") Path out;

    @Override
    public Integer call() {
        String kind = what.toLowerCase(Locale.ROOT);
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!WHAT.contains(kind)) {
            return usage("Unknown export '" + what + "': use licenses, assignments, people or renewals.");
        }
        if (!fmt.equals("csv") && !fmt.equals("ics")) {
            return usage("Unknown --format '" + format + "': use csv" + (kind.equals("renewals") ? " or ics." : "."));
        }
        if (fmt.equals("ics") && !kind.equals("renewals")) {
            return usage("--format ics is only for renewals; export " + kind + " as csv.");
        }
        OutputTarget target = new OutputTarget(out, spec.commandLine().getOut());
        long count = root.withDatabase((s, cipher) -> write(s, kind, fmt, target));
        if (target.toFile()) {
            spec.commandLine().getOut().printf("Exported %d %s to %s%n", count,
                kind.equals("renewals") ? "renewal dates" : kind, target.file());
        }
        return 0;
    }

    private long write(AppServices s, String kind, String fmt, OutputTarget target) {
        String base = root.baseCurrency();
        return switch (kind) {
            case "licenses" -> target.text(w -> new LicenseCsvExport(s.tx()).write(w, Progress.NONE));
            case "people" -> target.text(w -> new PeopleCsvExport(s.tx()).write(w, Progress.NONE));
            case "assignments" -> target.text(w -> new AssignmentCsvExport(s.tx()).write(w, Progress.NONE));
            default -> {
                if (fmt.equals("ics")) {
                    LocalDate today = s.finance().today();
                    List<AgendaRow> dates = s.finance().dates(base, today, today.plusYears(2));
                    target.bytes(o -> s.financeExports().calendar(dates, o));
                    yield dates.size();
                }
                var agenda = s.finance().agenda(base, null);
                target.text(w -> {
                    s.financeExports().csv(agenda, w);
                    return null;
                });
                yield agenda.rows().size();
            }
        };
    }

    private int usage(String message) {
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().println("Usage: seatledger export licenses|assignments|people|renewals "
            + "[--format csv|ics] [--out FILE]");
        return 2;
    }
}
