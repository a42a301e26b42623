package dev.seatledger.cli;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.exporting.ApplicationsReport;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.compliance.ShowbackGrouping;
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

/** {@code seatledger report utilization|spend|renewals|applications|dormant|compliance|showback}: the figures of the app's views as CSV or JSON. */
@Command(name = "report", description = {"Print a report: utilization (seat fill, dormant seats, savings), "
    + "spend (run rate, breakdowns, 12-month forecast), renewals (overdue and the next 90 days), applications "
    + "(every reported application, its matched product or best suggestion, free and system software as ignored), "
    + "dormant (every dormant seat with its signal, source and last use), compliance (entitled, assigned, installed "
    + "and active seats per product) or showback (yearly cost by department or cost centre).",
    "Amounts in the base currency use the exchange-rate table; amounts without a rate are listed apart."})
final class ReportCommand implements Callable<Integer> {
    static final List<String> WHAT = List.of("utilization", "spend", "renewals", "applications", "dormant",
        PositionCommands.COMPLIANCE, PositionCommands.SHOWBACK);

    @ParentCommand SeatLedgerCli root;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "REPORT", description = "utilization, spend, renewals, applications, dormant, "
        + "compliance or showback")
    String what;
    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv)") String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output)") Path out;
    @Option(names = "--by", paramLabel = "GROUP", description = "showback only: department (default) or cost-centre")
    String by;

    @Override
    public Integer call() {
        String kind = what.toLowerCase(Locale.ROOT);
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!WHAT.contains(kind)) {
            return usage("Unknown report '" + what + "': use utilization, spend, renewals, applications, dormant, "
                + "compliance or showback.");
        }
        ShowbackGrouping grouping = ShowbackGrouping.DEPARTMENT;
        if (by != null) {
            if (!kind.equals(PositionCommands.SHOWBACK)) {
                return usage(Messages.get("cli.report.byOnlyForShowback"));
            }
            if (!List.of("department", "cost-centre").contains(by.toLowerCase(Locale.ROOT))) {
                return usage(Messages.get("cli.report.by", by));
            }
            grouping = by.equalsIgnoreCase("cost-centre") ? ShowbackGrouping.COST_CENTRE : ShowbackGrouping.DEPARTMENT;
        }
        ShowbackGrouping showbackBy = grouping;
        if (!fmt.equals("csv") && !fmt.equals("json")) {
            return usage("Unknown --format '" + format + "': use csv or json.");
        }
        OutputTarget target = new OutputTarget(out, spec.commandLine().getOut());
        root.withDatabase((s, cipher) -> {
            write(s, kind, fmt.equals("json"), showbackBy, target);
            return null;
        });
        if (target.toFile()) {
            spec.commandLine().getOut().println("Report written to " + target.file());
        }
        return 0;
    }

    private void write(AppServices s, String kind, boolean json, ShowbackGrouping by, OutputTarget target) {
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
                case "dormant" -> new dev.seatledger.core.exporting.DormantSeatsReport(s.utilization()).write(w, json);
                case "spend" -> {
                    var d = s.finance().dashboard(base);
                    if (json) {
                        ReportTable.writeJson(Reports.spendJson(d), w);
                    } else {
                        Reports.spend(d).writeCsv(w);
                    }
                }
                case "applications" -> {
                    // matches brought up to date first: a knowledge base or software.json changed since the last import
                    s.aliases().rematch();
                    String problem = s.recognition().knowledgeProblem();
                    if (problem != null) {
                        spec.commandLine().getErr().println(problem);
                    }
                    var apps = s.telemetry().applications();
                    if (json) {
                        ReportTable.writeJson(ApplicationsReport.json(apps), w);
                    } else {
                        ApplicationsReport.table(apps).writeCsv(w);
                    }
                }
                case PositionCommands.COMPLIANCE, PositionCommands.SHOWBACK ->
                    PositionCommands.report(s, kind, base, json, by, w);
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
        spec.commandLine().getErr().println("Usage: seatledger report utilization|spend|renewals|applications|dormant"
            + "|compliance|showback [--format csv|json] [--by department|cost-centre] [--out FILE]");
        return 2;
    }
}
