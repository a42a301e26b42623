package dev.seatledger.core.assignment;

import java.util.List;

/**
 * The outcome of issuing the seats of a file: how many were (or, in a dry run, would be) assigned, and the rows
 * refused with the reason in words. When rows are refused and they are not to be skipped, nothing is saved.
 */
public record SeatImportResult(int assigned, List<RefusedRow> refused, boolean saved) {
    /** A row refused by a seat rule (no seats remaining, a duplicate, an archived license, a holder not active). */
    public record RefusedRow(int row, String message) {
    }
}
