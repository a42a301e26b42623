package dev.seatledger.cli;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.exporting.ReportTable;
import dev.seatledger.core.exporting.Reports;
import dev.seatledger.core.utilization.DormancyFilter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code seatledger report utilization|spend|renewals}: the figures of the app's views as CSV or JSON. */
@Command(name = "report", description = {"Print a report: utilization (seat fill, dormant seats, savings), "
    + "spend (run rate, breakdowns, 12-month forecast) or renewals (overdue and the next 90 days).",
    "Amounts in the base currency use the exchange-rate table; amounts without a rate are listed apart."})
final class ReportCommand implements Callable<Integer> {
    static final List<String> WHAT = List.of("utilization", "spend", "renewals");

    @ParentCommand SeatLedgerCli root;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "REPORT", description = "utilization, spend or renewals") String what;
    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv)") String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output)") Path out;

    @Override
    public Integer call() {
        String kind = what.toLowerCase(Locale.ROOT);
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!WHAT.contains(kind)) {
            return usage("Unknown report '" + what + "': use utilization, spend or renewals.");
        }
        if (!fmt.equals("csv") && !fmt.equals("json")) {
            return usage("Unknown --format '" + format + "': use csv or json.");
        }
        OutputTarget target = new OutputTarget(out, spec.commandLine().getOut());
        root.withDatabase((s, cipher) -> {
            write(s, kind, fmt.equals("json"), target);
            return null;
        });
        if (target.toFile()) {
            spec.commandLine().getOut().println("Report written to " + target.file());
        }
        return 0;
    }

    private void write(AppServices s, String kind, boolean json, OutputTarget target) {
        String base = root.baseCurrency();
        target.text(w -> {
            switch (kind) {
                case "utilization" -> {
                    var r = s.utilization().report(DormancyFilter.all());
                    if (json) {
                        ReportTable.writeJson(Reports.utilizationJson(r), w);
                    } else {
                        Reports.utilization(r).writeCsv(w);
                    }
                }
                case "spend" -> {
                    var d = s.finance().dashboard(base);
                    if (json) {
                        ReportTable.writeJson(Reports.spendJson(d), w);
                    } else {
                        Reports.spend(d).writeCsv(w);
                    }
                }
                default -> {
                    var a = s.finance().agenda(base, null);
                    if (json) {
                        ReportTable.writeJson(Reports.renewalsJson(a), w);
                    } else {
                        s.financeExports().csv(a, w);
                    }
                }
            }
            return null;
        });
    }

    private int usage(String message) {
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().println("Usage: seatledger report utilization|spend|renewals [--format csv|json] "
            + "[--out FILE]");
        return 2;
    }
}
