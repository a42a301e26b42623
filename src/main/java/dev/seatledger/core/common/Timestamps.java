package dev.seatledger.core.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as the admin consoles write them: ISO 8601 with {@code Z} or an offset (Entra, Okta, Google's API,
 * Zoom), the same with a space and no zone, US month/day/year with or without a 12- or 24-hour time ("8/1/2026,
 * 2:22:41 PM"), "Aug 1, 2026", "1 Aug 2026", year/month/day with slashes, day.month.year, a trailing "UTC", "GMT"
 * or "GMT+2", and Unix seconds or milliseconds. The day is the date as written (in the file's own time zone); the
 * instant orders the uses of one file, a time without a zone read as UTC.
 */
public final class Timestamps {
    /** A moment of a file: when (to order uses) and the day as written. */
    public record Stamp(Instant at, LocalDate day) {
    }

    private static final Pattern ZONE_SUFFIX = Pattern.compile(
        "(?i)(?:\\s*\\(?(?:UTC|GMT|Z)\\)?\\s*(?:([+-])(\\d{1,2})(?::?(\\d{2}))?)?|\\s+([+-])(\\d{2}):?(\\d{2}))$");
    private static final Pattern DIGITS = Pattern.compile("\\d{9,13}");
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
        pattern("M/d/uuuu[,] h:mm[:ss] a"), pattern("M/d/uuuu[,] H:mm[:ss]"),
        pattern("MMM d, uuuu[,] h:mm[:ss] a"), pattern("MMM d, uuuu[,] H:mm[:ss]"),
        pattern("d MMM uuuu[,] H:mm[:ss]"), pattern("uuuu/M/d H:mm[:ss]"), pattern("d.M.uuuu H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
        pattern("M/d/uuuu"), pattern("MMM d, uuuu"), pattern("MMMM d, uuuu"), pattern("d MMM uuuu"), pattern("uuuu/M/d"),
        pattern("d.M.uuuu"));

    private Timestamps() {
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * The moment a text names; null when it is blank. Throws {@link IllegalArgumentException} with a message in words
     * when it is not a date.
     */
    public static Stamp parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (DIGITS.matcher(t).matches()) {
            long n = Long.parseLong(t);
            Instant at = t.length() > 10 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return new Stamp(at, at.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(t.replace(' ', 'T'));
            return new Stamp(odt.toInstant(), odt.toLocalDate());
        } catch (DateTimeParseException e) {
            // not ISO with an offset
        }
        ZoneOffset offset = ZoneOffset.UTC;
        Matcher zone = ZONE_SUFFIX.matcher(t);
        if (zone.find() && zone.start() > 0 && zone.end() > zone.start()) {
            offset = zone.group(1) != null ? offset(zone.group(1), zone.group(2), zone.group(3))
                : zone.group(4) != null ? offset(zone.group(4), zone.group(5), zone.group(6)) : ZoneOffset.UTC;
            t = t.substring(0, zone.start()).strip();
        }
        try {
            LocalDateTime ldt = LocalDateTime.parse(t.replace(' ', 'T'));
            return new Stamp(ldt.toInstant(offset), ldt.toLocalDate());
        } catch (DateTimeParseException e) {
            // not ISO without an offset
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                LocalDateTime ldt = LocalDateTime.parse(t, f);
                return new Stamp(ldt.toInstant(offset), ldt.toLocalDate());
            } catch (DateTimeParseException e) {
                // try the next style
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                LocalDate d = LocalDate.parse(t, f);
                return new Stamp(d.atStartOfDay().toInstant(offset), d);
            } catch (DateTimeParseException e) {
                // try the next style
            }
        }
        throw new IllegalArgumentException(Messages.get("usage.notADate", shorten(text)));
    }

    private static ZoneOffset offset(String sign, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        if (h > 18 || m > 59) {
            throw new IllegalArgumentException(Messages.get("usage.notADate", sign + hours + (minutes == null ? "" : ":" + minutes)));
        }
        return "-".equals(sign) ? ZoneOffset.ofHoursMinutes(-h, -m) : ZoneOffset.ofHoursMinutes(h, m);
    }

    /** Whether a text says "never" (a vendor's account never used): "Never", "Never logged in", "-", "N/A". */
    public static boolean never(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("never") || t.equals("-") || t.equals("n/a") || t.equals("none") || t.equals("null");
    }

    /** A value cut for a message. */
    public static String shorten(String text) {
        String t = text.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
