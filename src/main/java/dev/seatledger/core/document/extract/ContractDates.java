package dev.seatledger.core.document.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as contracts write them: 2026-03-31, 31/03/2026, 31.03.2026, March 31, 2026, 31 March 2026, 31st Mar 2026.
 * Numeric dates with slashes or dots are read day first, unless the second number cannot be a month
 * (03/31/2026 is read month first).
 */
public final class ContractDates {
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
        + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    /** One date in any supported style; use as a non-capturing part of larger patterns. */
    public static final String DATE = "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}"
        + "|(?:" + MONTHS + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
        + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTHS + ")\\.?,?\\s+\\d{4})";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern MONTH_FIRST = Pattern.compile(
        "(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
        "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
        Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
        Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
        Map.entry("nov", 11), Map.entry("dec", 12));

    private ContractDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)));
            }
            m = NUMERIC.matcher(t);
            if (m.matches()) {
                int a = i(m, 1);
                int b = i(m, 2);
                return a <= 12 && b > 12 ? Optional.of(LocalDate.of(i(m, 3), a, b))
                    : Optional.of(LocalDate.of(i(m, 3), b, a));
            }
            m = MONTH_FIRST.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(i(m, 3), month(m.group(1)), i(m, 2)));
            }
            m = DAY_FIRST.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(i(m, 3), month(m.group(2)), i(m, 1)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    private static int month(String name) {
        return MONTH_NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
