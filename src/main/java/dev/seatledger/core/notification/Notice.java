package dev.seatledger.core.notification;

import dev.seatledger.core.history.SubjectType;

/** A notification to give every operator once; the dedupe key says which event it is about. */
public record Notice(NotificationKind kind, String subject, String body, SubjectType type, Long id, String dedupeKey) {
}
