package dev.seatledger.cli;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.RevokeReason;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.people.Person;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code seatledger assign} and {@code seatledger revoke}: one seat, by license id and the person's email. */
final class SeatCommands {
    private SeatCommands() {
    }

    static long personId(dev.seatledger.services.AppServices s, String email) {
        Long id = s.tx().read(session -> session.createSelectionQuery(
                "select p.id from Person p where p.emailKey = :k", Long.class)
            .setParameter("k", Person.normalizeEmail(email)).uniqueResult());
        if (id == null) {
            throw new NotFoundException("No person with email " + email);
        }
        return id;
    }

    @Command(name = "assign", description = "Assign a seat of a license to a person.")
    static final class Assign implements Callable<Integer> {
        @ParentCommand SeatLedgerCli root;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--license", required = true, paramLabel = "ID") long license;
        @Option(names = "--person", required = true, paramLabel = "EMAIL") String email;
        @Option(names = "--access-level") String access;

        @Override
        public Integer call() {
            root.withServices(s -> s.assignments().assign(license, personId(s, email),
                new AssignmentDraft(access, null, null)));
            spec.commandLine().getOut().println("License seat assigned");
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revoke a person's seat of a license.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand SeatLedgerCli root;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Option(names = "--license", required = true, paramLabel = "ID") long license;
        @Option(names = "--person", required = true, paramLabel = "EMAIL") String email;

        @Override
        public Integer call() {
            root.withServices(s -> {
                long person = personId(s, email);
                Long assignment = s.tx().read(session -> session.createSelectionQuery(
                        "select a.id from Assignment a where a.license.id = :l and a.person.id = :p and a.revokedAt is null",
                        Long.class).setParameter("l", license).setParameter("p", person).uniqueResult());
                if (assignment == null) {
                    throw new NotFoundException(email + " holds no seat of license " + license);
                }
                s.assignments().revoke(assignment, RevokeReason.MANUAL);
                return null;
            });
            spec.commandLine().getOut().println("Seat revoked");
            return 0;
        }
    }
}
