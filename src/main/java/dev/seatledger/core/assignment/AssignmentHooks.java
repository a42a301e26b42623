package dev.seatledger.core.assignment;

/** Observes each revoke inside its transaction (used by notifications and by failure-injection tests). */
@FunctionalInterface
public interface AssignmentHooks {
    AssignmentHooks NONE = a -> { };

    /** Called after an assignment is revoked, before the transaction commits; throwing rolls it back. */
    void revoked(Assignment assignment);
}
