package dev.seatledger.cli;

import dev.seatledger.core.audit.AuditRow;
import dev.seatledger.core.audit.AuditService;
import dev.seatledger.core.audit.VendorAudit;
import dev.seatledger.core.audit.VendorComparison;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageRollup;
import dev.seatledger.core.usage.files.UsageFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code seatledger audit compare}: a license's holders beside a vendor's list of accounts. */
@Command(name = "audit", description = "Usage audits settled by the vendor's list.",
    subcommands = {AuditCommand.Compare.class})
final class AuditCommand {
    @ParentCommand SeatLedgerCli root;

    @Command(name = "compare", description = {"Compare a license's holders with a vendor's user export (any format of "
        + "'import usage') or a plain list of e-mail addresses: holders with an account, holders without one, accounts "
        + "without a seat here, and the proposed seat count (the vendor's billable accounts).",
        "With --complete, the license's audit in progress is completed with the proposed count."})
    static final class Compare implements Callable<Integer> {
        @ParentCommand AuditCommand parent;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--license", required = true, paramLabel = "ID") long license;
        @Parameters(index = "0", paramLabel = "FILE") Path file;
        @Option(names = "--format", description = "The file's format (default: recognised); also emails") String format;
        @Option(names = "--complete", description = "Complete the audit in progress with the proposed count") boolean complete;
        @Option(names = "--revoke-missing", description = "With --complete: revoke the seats of holders without an account")
        boolean revokeMissing;
        @Option(names = "--assign-known", description = "With --complete: assign a seat to each unrecorded person "
            + "SeatLedger knows") boolean assignKnown;
        @Option(names = "--notes", description = "With --complete: the audit's notes") String notes;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            UsageFiles.Options options;
            try {
                options = new UsageFiles.Options(format == null ? null : UsageFormat.parse(format), null, null);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
            UsageFiles.Detected detected = UsageFiles.detect(file, options);
            if (detected.format() == null || !detected.format().listsAccounts()) {
                err.println(detected.format() == null ? detected.problem()
                    : Messages.get("audit.vendor.notAList", detected.format().displayName()));
                return 1;
            }
            UsageRollup vendor = new UsageRollup(detected.format());
            UsageFiles.read(file, detected.format(), options, vendor);
            if (!vendor.valid()) {
                vendor.problems().forEach(err::println);
                return 1;
            }
            return parent.root.withDatabase((s, cipher) -> {
                AuditService audits = new AuditService(s.tx(), s.clock(), s.operator());
                VendorAudit audit = new VendorAudit(s.tx(), audits, s.assignments());
                VendorComparison c = audit.compare(license, vendor);
                print(out, c);
                if (complete) {
                    AuditRow row = audit.complete(c, revokeMissing ? c.withoutAccount().stream()
                            .map(VendorComparison.Holder::assignmentId).toList() : List.of(),
                        assignKnown ? c.unrecorded().stream().map(VendorComparison.Account::personId)
                            .filter(java.util.Objects::nonNull).toList() : List.of(), notes, null);
                    out.println(Messages.get("audit.completed", row.before(), row.after()));
                }
                return 0;
            });
        }

        static void print(PrintWriter out, VendorComparison c) {
            out.println(Messages.get("audit.vendor.withAccount", c.withAccount().size()));
            c.withAccount().forEach(h -> out.println("  " + h.email() + "  " + h.name()));
            out.println(Messages.get("audit.vendor.withoutAccount", c.withoutAccount().size()));
            c.withoutAccount().forEach(h -> out.println("  " + h.email() + "  " + h.name()));
            out.println(Messages.get("audit.vendor.unrecorded", c.unrecorded().size()));
            c.unrecorded().forEach(a -> out.println("  " + a.email() + (a.name() == null
                ? "  " + Messages.get("audit.vendor.unknownPerson") : "  " + a.name())));
            out.println(Messages.get("audit.vendor.proposed", c.proposedCount(), c.guests(), c.serviceAccounts()));
        }
    }
}
