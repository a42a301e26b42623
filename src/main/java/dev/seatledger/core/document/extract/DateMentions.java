package dev.seatledger.core.document.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of one segment of text, and which pairs of them are ranges ("1 April 2026 through 31 March 2027",
 * "du 01/04/2026 au 31/03/2027", "01-04-2026 t/m 31-03-2027", "Apr 3 – May 2, 2026").
 */
final class DateMentions {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,?\\s*(?:-|–|—|to|through|thru|until|till"
        + "|and ending(?: on)?|(?:up )?to and including|through and including|bis(?: zum| einschließlich)?|au|à"
        + "|jusqu'au|jusqu’au|tot en met|t/m|tot)\\s*", CI);
    private static final String M = "(" + ContractDates.MONTHS + ")\\.?";
    private static final Pattern SHARED_YEAR = Pattern.compile("(?<![\\p{L}])" + M + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
        + "\\s*[–—-]\\s*" + M + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", CI);
    private static final Pattern SHARED_YEAR_DAY_FIRST = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.?\\s+" + M
        + "\\s*[–—-]\\s*(\\d{1,2})\\.?\\s+" + M + "\\s+(\\d{4})(?!\\d)", CI);

    /** A date at [start, end) of the text; {@code ambiguous} when its day and month could be swapped. */
    record Found(LocalDate date, boolean ambiguous, int start, int end) {
    }

    /** Two dates written as one period. */
    record Range(Found from, Found to) {
    }

    private DateMentions() {
    }

    static List<Found> dates(String text, DateOrder order) {
        List<Found> out = new ArrayList<>();
        Matcher m = ContractDates.FIND.matcher(text);
        while (m.find()) {
            ContractDates.parse(m.group(), order).ifPresent(p -> out.add(
                new Found(p.date(), p.ambiguous(), m.start(), m.end())));
        }
        return out;
    }

    static List<Range> ranges(String text, List<Found> dates) {
        List<Range> out = new ArrayList<>();
        for (int i = 0; i + 1 < dates.size(); i++) {
            Found a = dates.get(i);
            Found b = dates.get(i + 1);
            if (SEPARATOR.matcher(text.substring(a.end(), b.start())).matches() && b.date().isAfter(a.date())) {
                out.add(new Range(a, b));
                i++;
            }
        }
        sharedYear(text, SHARED_YEAR, 1, 2, 3, 4, out);
        sharedYear(text, SHARED_YEAR_DAY_FIRST, 2, 1, 4, 3, out);
        return out;
    }

    private static void sharedYear(String text, Pattern p, int m1, int d1, int m2, int d2, List<Range> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            try {
                int year = Integer.parseInt(m.group(5));
                LocalDate to = LocalDate.of(year, ContractDates.month(m.group(m2)), Integer.parseInt(m.group(d2)));
                LocalDate from = LocalDate.of(year, ContractDates.month(m.group(m1)), Integer.parseInt(m.group(d1)));
                if (from.isAfter(to)) {
                    from = from.minusYears(1);
                }
                out.add(new Range(new Found(from, false, m.start(), m.start()), new Found(to, false, m.start(), m.end())));
            } catch (DateTimeException | NumberFormatException e) {
                // not a real date: not a range
            }
        }
    }

    static boolean inRange(Found f, List<Range> ranges) {
        return ranges.stream().anyMatch(r -> r.from() == f || r.to() == f);
    }
}
