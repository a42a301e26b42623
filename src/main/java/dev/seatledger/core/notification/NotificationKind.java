package dev.seatledger.core.notification;

public enum NotificationKind {
    AUDIT_DUE, RENEWAL_NOTICE, PERSON_LEAVING, SEAT_RECLAIMED
}
