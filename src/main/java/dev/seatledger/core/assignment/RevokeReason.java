package dev.seatledger.core.assignment;

public enum RevokeReason {
    MANUAL, RECLAIM, OFFBOARDING
}
