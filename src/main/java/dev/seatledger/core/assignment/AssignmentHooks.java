package dev.seatledger.core.assignment;

/**
 * Observes each revoke inside its transaction, where a failure part-way must undo every seat of the set
 * (offboarding, a reclaim chunk); used by failure-injection tests.
 */
@FunctionalInterface
public interface AssignmentHooks {
    AssignmentHooks NONE = seat -> { };

    /** Called after a seat is revoked and recorded, before the transaction commits; throwing rolls it back. */
    void revoked(RevokedSeat seat);
}
