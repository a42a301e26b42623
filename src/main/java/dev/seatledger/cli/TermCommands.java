package dev.seatledger.cli;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.FieldError;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.license.AddSeatsRequest;
import dev.seatledger.core.license.RenewalRequest;
import dev.seatledger.core.license.TermChange;
import dev.seatledger.core.license.TermService;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code seatledger renew} and {@code seatledger add-seats}: the next term of a license, and seats added inside one. */
final class TermCommands {
    /** The option that carries each field of a request, so a refusal names what the user typed. */
    private static final Map<String, String> OPTIONS = Map.of("license", "--license", "start", "--start", "end", "--end",
        "seats", "--seats", "perSeat", "--per-seat", "total", "--total", "from", "--from", "purchaseOrder", "--po",
        "invoiceNumber", "--invoice");

    private TermCommands() {
    }

    static TermService service(AppServices s) {
        return new TermService(s.tx(), s.clock(), s.operator());
    }

    /** Prints each refusal as "--option: message"; returns exit code 1. */
    static int refused(ValidationException e, PrintWriter err) {
        for (FieldError f : e.errors()) {
            err.println(OPTIONS.getOrDefault(f.field(), f.field()) + ": " + f.message());
        }
        return 1;
    }

    @Command(name = "renew", description = {"Add the next term of a license; earlier terms never change.",
        "The start defaults to the day after the last term's end; seats and price to the renewal review's target seats "
            + "and price change applied to the last term."})
    static final class Renew implements Callable<Integer> {
        @ParentCommand SeatLedgerCli root;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--license", required = true, paramLabel = "ID") long license;
        @Option(names = "--end", required = true, paramLabel = "DATE", description = "Last day of the new term") LocalDate end;
        @Option(names = "--start", paramLabel = "DATE", description = "First day of the new term") LocalDate start;
        @Option(names = "--seats", paramLabel = "N") Integer seats;
        @Option(names = "--per-seat", paramLabel = "AMOUNT", description = "Price per seat per billing period") BigDecimal perSeat;
        @Option(names = "--total", paramLabel = "AMOUNT", description = "Total per billing period (custom cycle: per year)")
        BigDecimal total;
        @Option(names = "--po", paramLabel = "PO") String purchaseOrder;
        @Option(names = "--invoice", paramLabel = "NUMBER") String invoice;

        @Override
        public Integer call() {
            if (perSeat != null && total != null) {
                spec.commandLine().getErr().println(Messages.get("cli.renew.oneOfPrice"));
                return 2;
            }
            try {
                TermChange c = root.withServices(s -> service(s).renew(new RenewalRequest(license, start, end, seats,
                    perSeat, total, purchaseOrder, invoice)));
                spec.commandLine().getOut().println(Messages.get("cli.renew.done", license, c.termNo(),
                    c.cost() == null ? "\u2014" : Money.format(c.cost(), c.currency())));
                c.warnings().forEach(w -> spec.commandLine().getOut().println(w));
                return 0;
            } catch (ValidationException e) {
                return refused(e, spec.commandLine().getErr());
            }
        }
    }

    @Command(name = "add-seats", description = {"Add seats to a license from a day, with their cost prorated by days to "
        + "the end of the term that holds that day."})
    static final class AddSeats implements Callable<Integer> {
        @ParentCommand SeatLedgerCli root;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--license", required = true, paramLabel = "ID") long license;
        @Option(names = "--seats", required = true, paramLabel = "N") int seats;
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the added seats")
        LocalDate from;
        @Option(names = "--per-seat", paramLabel = "AMOUNT", description = "Price per seat per billing period "
            + "(default: the term's)") BigDecimal perSeat;
        @Option(names = "--po", paramLabel = "PO") String purchaseOrder;

        @Override
        public Integer call() {
            try {
                TermChange c = root.withServices(s -> service(s).addSeats(new AddSeatsRequest(license, seats, from,
                    perSeat, purchaseOrder)));
                spec.commandLine().getOut().println(Messages.get("cli.addSeats.done", seats, license,
                    Messages.date(from), c.termNo(), Money.format(c.cost(), c.currency())));
                return 0;
            } catch (ValidationException e) {
                return refused(e, spec.commandLine().getErr());
            }
        }
    }
}
