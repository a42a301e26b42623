package dev.seatledger.cli;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.Transactions;
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
@Command(name = "export", description = {"Export licenses, assignments, people or renewals; the compliance position "
    + "(CSV or PDF) or a renewal review pack (PDF) of one license or of every license renewing in the next 90 days.",
    "CSV cells never start a spreadsheet formula; license keys are never exported.",
    "licenses and people files import into another SeatLedger with `import licenses --format csv` and "
        + "`import people --format csv`."})
final class ExportCommand implements Callable<Integer> {
    static final List<String> WHAT = List.of("licenses", "assignments", "people", "renewals", PositionCommands.COMPLIANCE,
        PositionCommands.REVIEW_PACK);

    @ParentCommand SeatLedgerCli root;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "WHAT", description = "licenses, assignments, people, renewals, compliance or "
        + "review-pack") String what;
    @Option(names = "--format", defaultValue = "csv", description = "csv, or ics for renewals (default: csv)") String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output)") Path out;
    @Option(names = "--license", paramLabel = "ID", description = "review-pack only: one license (default: every license "
        + "renewing in the next 90 days)") Long license;

    @Override
    public Integer call() {
        String kind = what.toLowerCase(Locale.ROOT);
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!WHAT.contains(kind)) {
            return usage("Unknown export '" + what + "': use licenses, assignments, people, renewals, compliance or "
                + "review-pack.");
        }
        if (license != null && !kind.equals(PositionCommands.REVIEW_PACK)) {
            return usage(Messages.get("cli.export.licenseOnlyForPack"));
        }
        if (kind.equals(PositionCommands.COMPLIANCE) || kind.equals(PositionCommands.REVIEW_PACK)) {
            return position(kind, fmt);
        }
        if (!fmt.equals("csv") && !fmt.equals("ics")) {
            return usage("Unknown --format '" + format + "': use csv" + (kind.equals("renewals") ? " or ics." : "."));
        }
        if (fmt.equals("ics") && !kind.equals("renewals")) {
            return usage("--format ics is only for renewals; export " + kind + " as csv.");
        }
        OutputTarget target = new OutputTarget(out, spec.commandLine().getOut());
        long count = kind.equals("renewals") ? root.withDatabase((s, cipher) -> renewals(s, fmt, target))
            : root.withTransactions(tx -> table(tx, kind, target));
        if (target.toFile()) {
            spec.commandLine().getOut().println(Messages.get("cli.export.done." + kind, count, target.file()));
        }
        return 0;
    }

    /** The three tables: plain SQL, no ORM. */
    private static long table(Transactions tx, String kind, OutputTarget target) {
        return switch (kind) {
            case "licenses" -> target.text(w -> new LicenseCsvExport(tx).write(w, Progress.NONE));
            case "people" -> target.text(w -> new PeopleCsvExport(tx).write(w, Progress.NONE));
            default -> target.text(w -> new AssignmentCsvExport(tx).write(w, Progress.NONE));
        };
    }

    /** export compliance (csv or pdf) and export review-pack (pdf, to a file). */
    private int position(String kind, String fmt) {
        boolean pack = kind.equals(PositionCommands.REVIEW_PACK);
        boolean formatGiven = spec.commandLine().getParseResult().hasMatchedOption("--format");
        boolean pdf = pack || fmt.equals("pdf");
        if (pack ? formatGiven && !fmt.equals("pdf") : !fmt.equals("csv") && !fmt.equals("pdf")) {
            return usage(Messages.get("cli.export.formatFor", format, kind, pack ? "pdf" : "csv or pdf"));
        }
        if (pdf && OutputTarget.isStdout(out)) {
            return usage(Messages.get("cli.export.pdfOut", kind));
        }
        OutputTarget target = new OutputTarget(out, spec.commandLine().getOut());
        String base = root.baseCurrency();
        try {
            long count = root.withDatabase((s, cipher) -> pack ? PositionCommands.reviewPack(s, base, license, target)
                : pdf ? PositionCommands.compliancePdf(s, base, target)
                : target.text(w -> {
                    PositionCommands.report(s, kind, base, false, null, w);
                    return 0L;
                }));
            if (target.toFile()) {
                spec.commandLine().getOut().println(Messages.get("cli.export.done." + kind, count, target.file()));
            }
            return 0;
        } catch (dev.seatledger.core.common.ValidationException e) {
            return TermCommands.refused(e, spec.commandLine().getErr());
        }
    }

    private long renewals(AppServices s, String fmt, OutputTarget target) {
        String base = root.baseCurrency();
        if (fmt.equals("ics")) {
            LocalDate today = s.finance().today();
            List<AgendaRow> dates = s.finance().dates(base, today, today.plusYears(2));
            target.bytes(o -> s.financeExports().calendar(dates, o));
            return dates.size();
        }
        var agenda = s.finance().agenda(base, null);
        target.text(w -> {
            s.financeExports().csv(agenda, w);
            return null;
        });
        return agenda.rows().size();
    }

    private int usage(String message) {
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().println("Usage: seatledger export licenses|assignments|people|renewals|compliance "
            + "[--format csv|ics|pdf] [--out FILE]; seatledger export review-pack [--license ID] --out FILE.pdf");
        return 2;
    }
}
