package dev.seatledger.core.audit;

public enum AuditStatus {
    IN_PROGRESS, COMPLETED, CANCELLED
}
