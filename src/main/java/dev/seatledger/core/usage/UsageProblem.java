package dev.seatledger.core.usage;

import dev.seatledger.core.common.Messages;

/** A problem in a usage file, by line (1-based; 0 for the file as a whole) and field. */
public record UsageProblem(int line, String field, String message) {
    @Override
    public String toString() {
        if (line <= 0) {
            return field == null ? message : Messages.get("usage.problem.field", field, message);
        }
        return field == null ? Messages.get("usage.problem.line", String.valueOf(line), message)
            : Messages.get("usage.problem.lineField", String.valueOf(line), field, message);
    }
}
