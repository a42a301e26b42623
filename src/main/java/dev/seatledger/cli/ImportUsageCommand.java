package dev.seatledger.cli;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.usage.UsageColumns;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageImportResult;
import dev.seatledger.core.usage.UsageImporter;
import dev.seatledger.core.usage.UsagePlan;
import dev.seatledger.core.usage.UsageRollup;
import dev.seatledger.core.usage.files.UsageFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seatledger import usage FILE}: SSO sign-in logs and vendor user exports as usage evidence per seat. The file
 * is read as it is parsed; nothing is written unless every line is valid (or {@code --skip-invalid}).
 */
@Command(name = "usage", description = {"Import usage evidence: SSO sign-in logs (Entra ID, Okta, Google Workspace "
    + "audit) and vendor user exports with last activity (Microsoft 365, Slack, Zoom, Atlassian, Google Workspace "
    + "users, or a CSV of e-mail, application and last active date).",
    "Formats are recognised by their header or shape; --format forces one."})
final class ImportUsageCommand extends ImportCommand.FileCommand {
    @Option(names = "--format", description = "entra, okta, google-audit, m365, slack, zoom, atlassian, google-users or "
        + "csv (default: recognised from the file)") String format;
    @Option(names = "--product", paramLabel = "NAME|ID", description = "The catalog product a single-product export "
        + "(Slack, Zoom, a CSV without an application column) is about") String product;
    @Option(names = "--column", paramLabel = "FIELD=HEADER", description = "For --format csv: the header feeding a "
        + "field (account, application, lastActive, billable, status); the others are matched by name") List<String> columns;

    @Override
    public Integer call() throws IOException {
        UsageFiles.Options options;
        try {
            options = new UsageFiles.Options(format == null ? null : UsageFormat.parse(format), columns(), product);
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return 2;
        }
        UsageFiles.Detected detected = UsageFiles.detect(file, options);
        if (detected.format() == null) {
            err().println(detected.problem());
            return 1;
        }
        if (detected.format() == UsageFormat.EMAIL_LIST) {
            err().println(Messages.get("usage.cli.emailList"));
            return 1;
        }
        UsageRollup rollup = new UsageRollup(detected.format());
        try {
            UsageFiles.read(file, detected.format(), options, rollup);
        } catch (IllegalStateException e) {
            err().println(e.getMessage());
            return 1;
        }
        return parent.root.withDatabase((s, cipher) -> {
            UsageImporter importer = new UsageImporter(s.tx(), s.clock(), s.recognition());
            Long productId = null;
            if (product != null) {
                productId = importer.productNamed(product);
                if (productId == null) {
                    err().println(Messages.get("usage.cli.noProduct", product));
                    return 1;
                }
            }
            UsagePlan plan = importer.plan(rollup, productId);
            rollup.problems().forEach(p -> err().println(p));
            if (rollup.problemCount() > rollup.problems().size()) {
                err().println(Messages.get("usage.cli.moreProblems", rollup.problemCount() - rollup.problems().size()));
            }
            summary(out(), plan, options);
            if (dryRun || !plan.valid() && !skipInvalid) {
                if (!plan.valid() && !dryRun) {
                    err().println(Messages.get("usage.cli.nothingImported"));
                }
                return plan.valid() ? 0 : 1;
            }
            UsageImportResult r = importer.apply(plan, skipInvalid, Progress.NONE);
            out().println(Messages.get("usage.cli.done", plan.added().size(), plan.movedForward().size(),
                plan.unchanged(), r.seatsUpdated()));
            return 0;
        });
    }

    private UsageColumns columns() {
        if (columns == null || columns.isEmpty()) {
            return null;
        }
        Map<String, String> byField = new LinkedHashMap<>();
        for (String c : columns) {
            String[] kv = c.split("=", 2);
            if (kv.length != 2 || !UsageColumns.FIELDS.contains(kv[0].strip())) {
                throw new IllegalArgumentException(Messages.get("usage.cli.badColumn", c, String.join(", ",
                    UsageColumns.FIELDS)));
            }
            byField.put(kv[0].strip(), kv[1].strip());
        }
        return new UsageColumns(byField);
    }

    static void summary(PrintWriter out, UsagePlan plan, UsageFiles.Options options) {
        plan.summary().forEach(out::println);
        if (!plan.unknownPeople().isEmpty()) {
            out.println(Messages.get("usage.cli.unknownPeople", String.join(", ", plan.unknownPeople())));
        }
    }
}
