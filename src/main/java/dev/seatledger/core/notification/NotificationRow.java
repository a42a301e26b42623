package dev.seatledger.core.notification;

import dev.seatledger.core.history.SubjectType;
import java.time.Instant;

/** A notification as lists show it. */
public record NotificationRow(long id, NotificationKind kind, String subject, String body, SubjectType recordType,
                              Long recordId, Instant createdAt, boolean read) {
}
