package dev.seatledger.core.importing;

import dev.seatledger.core.common.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Values as exports write them: several date styles, currency-decorated amounts, yes/NO/true/1. */
public final class ImportValues {
    private static final List<DateTimeFormatter> DATES = List.of(
        DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("M/d/uuuu"), DateTimeFormatter.ofPattern("uuuu/M/d"),
        DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH));

    private ImportValues() {
    }

    /** A date from "2025-01-31", "01/31/2025", "2025/01/31", "31.01.2025", timestamps (date part); empty = none. */
    public static Optional<LocalDate> date(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = s.strip();
        if (t.length() > 10 && t.matches("\\d{4}[-/]\\d{2}[-/]\\d{2}[ T].*")) {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(t, f.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // try the next style
            }
        }
        throw new IllegalArgumentException("not a date: \"" + s + "\" (use YYYY-MM-DD or MM/DD/YYYY)");
    }

    public static Optional<BigDecimal> amount(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Amounts.parse(s).orElseThrow(() ->
            new IllegalArgumentException("not an amount: \"" + s + "\"")));
    }

    public static Optional<Boolean> bool(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x", "active", "enabled" -> Optional.of(true);
            case "no", "n", "false", "0", "inactive", "disabled" -> Optional.of(false);
            default -> throw new IllegalArgumentException("expected yes or no, found \"" + s + "\"");
        };
    }

    public static Optional<Integer> integer(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.valueOf(s.strip().replace(",", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: \"" + s + "\"");
        }
    }
}
