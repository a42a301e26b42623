package dev.seatledger.core.history;

import java.time.Instant;

/** One line of a History tab. */
public record HistoryRow(long id, HistoryAction action, String summary, Instant at, String by) {
}
