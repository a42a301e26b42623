package dev.seatledger.core.audit;

import java.time.Instant;
import java.time.LocalDate;

/** One audit in a license's audit history. */
public record AuditRow(long id, AuditStatus status, Instant startedAt, String startedBy, int before,
                       Instant finishedAt, String finishedBy, Integer after, Integer delta, String notes,
                       LocalDate nextAuditDate) {
}
