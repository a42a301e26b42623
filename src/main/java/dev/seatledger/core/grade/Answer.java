package dev.seatledger.core.grade;

import java.util.Locale;
import java.util.Optional;

/** A questionnaire answer. Unknown earns no points: an unverified control is not counted as present. */
public enum Answer {
    YES, NO, UNKNOWN;

    /** Parses "yes", "no" or "unknown" (any case); anything else is empty. */
    public static Optional<Answer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes" -> Optional.of(YES);
            case "no" -> Optional.of(NO);
            case "unknown" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }
}
