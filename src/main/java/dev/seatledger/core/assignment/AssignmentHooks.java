package dev.seatledger.core.assignment;

/**
 * Observes each revoke of the set-based paths (offboarding, reclaim) inside its transaction, where a failure
 * part-way must undo every seat of the set (used by failure-injection tests).
 */
@FunctionalInterface
public interface AssignmentHooks {
    AssignmentHooks NONE = a -> { };

    /** Called after an assignment is revoked, before the transaction commits; throwing rolls it back. */
    void revoked(Assignment assignment);
}
