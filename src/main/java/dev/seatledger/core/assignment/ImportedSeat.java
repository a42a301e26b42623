package dev.seatledger.core.assignment;

import java.time.Instant;

/** A seat read from a file (spreadsheet row number), to be issued with the date the file gives it. */
public record ImportedSeat(int row, long licenseId, long personId, AssignmentDraft draft, Instant assignedAt) {
}
