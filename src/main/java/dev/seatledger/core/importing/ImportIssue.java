package dev.seatledger.core.importing;

/** A problem with one row (spreadsheet row number, header is row 1) and column of an input file. */
public record ImportIssue(int row, String column, String message) {
    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", " + column) + ": " + message;
    }
}
