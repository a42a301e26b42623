package dev.seatledger.core.history;

public enum HistoryAction {
    CREATE, EDIT, ARCHIVE, RESTORE, ASSIGN, REVOKE, OFFBOARD, AUDIT_START, AUDIT_COMPLETE, AUDIT_CANCEL, GRADE
}
