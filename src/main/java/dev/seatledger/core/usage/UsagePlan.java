package dev.seatledger.core.usage;

import java.time.LocalDate;
import java.util.List;

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

    /** Whether writing the plan changes anything. */
    public boolean changesSomething() {
        return !added.isEmpty() || !movedForward.isEmpty();
    }
}
