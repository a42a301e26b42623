package dev.seatledger.core.telemetry;

/** A problem in an input file, by line (1-based) and column or field. */
public record ImportError(int line, String column, String message) {
    @Override
    public String toString() {
        if (line <= 0) {
            return column == null ? message : column + ": " + message;
        }
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
