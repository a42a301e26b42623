package dev.seatledger.core.usage;

import dev.seatledger.core.common.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a usage file changes, worked out before anything is written: the evidence rows to add and to move forward,
 * and what the file holds that gives no evidence (unknown people and applications, guests, service accounts).
 */
public record UsagePlan(UsageFormat format, int lines, int uses, int failedSignIns, int otherEvents, int guests,
                        int serviceAccounts, int peopleMatched, List<String> unknownPeople,
                        List<UnknownApplication> unknownApplications, List<Evidence> added, List<Evidence> movedForward,
                        int unchanged, List<UsageProblem> problems, int problemCount) {

    /** One person's use of one product as the file shows it (day null: listed, never used). */
    public record Evidence(long personId, long productId, LocalDate day) {
    }

    /** An application no catalog product matches, and how many people of the file used it. */
    public record UnknownApplication(String name, int people) {
    }

    public boolean valid() {
        return problemCount == 0;
    }

    /**
     * The plan in words, a line each, as {@code import usage} prints it and "Import usage…" shows it: the file and its
     * problems, the sign-ins ignored (SSO logs), the people matched, unknown and skipped, the applications no product
     * matches, and the evidence it adds, moves forward or leaves.
     */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("usage.cli.read", format.displayName(), lines(), problemCount));
        if (format.source == UsageSource.SSO) {
            lines.add(Messages.get("usage.cli.signIns", failedSignIns, otherEvents));
        }
        lines.add(Messages.get("usage.cli.people", peopleMatched, unknownPeople.size(), guests, serviceAccounts));
        if (!unknownApplications.isEmpty()) {
            lines.add(Messages.get("usage.cli.unknownApps", unknownApplications.stream()
                .map(a -> Messages.get("usage.cli.unknownApp", a.name(), a.people())).collect(Collectors.joining(", "))));
        }
        lines.add(Messages.get("usage.cli.evidence", uses, added.size(), movedForward.size(), unchanged));
        return lines;
    }

    /** Whether writing the plan changes anything. */
    public boolean changesSomething() {
        return !added.isEmpty() || !movedForward.isEmpty();
    }
}
