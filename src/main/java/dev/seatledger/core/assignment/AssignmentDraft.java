package dev.seatledger.core.assignment;

/** Optional details typed when assigning a seat. */
public record AssignmentDraft(String accessLevel, String accountIdentifier, String notes) {
    public static final AssignmentDraft EMPTY = new AssignmentDraft(null, null, null);
}
