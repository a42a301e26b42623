package dev.seatledger.core.telemetry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reads the booleans and dates agents write: yes/no/true/1, ISO dates and timestamps, epoch seconds. */
final class TelemetryValues {
    private TelemetryValues() {
    }

    static Optional<Boolean> bool(String s) {
        if (s == null || s.isBlank()) {
            return Optional.of(true);
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "installed" -> Optional.of(true);
            case "no", "n", "false", "0", "removed", "uninstalled" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A day from "2026-03-01", "2026-03-01T08:15:00Z", "2026-03-01 08:15:00" or epoch seconds; empty text is null. */
    static Optional<LocalDate> date(String s) throws DateTimeParseException {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = s.strip();
        if (t.matches("-?\\d+(\\.\\d+)?")) {
            double epoch = Double.parseDouble(t);
            return epoch <= 0 ? Optional.empty()
                : Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond((long) epoch), ZoneOffset.UTC));
        }
        if (t.length() == 10) {
            return Optional.of(LocalDate.parse(t));
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).toLocalDate());
        }
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
