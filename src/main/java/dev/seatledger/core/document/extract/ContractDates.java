package dev.seatledger.core.document.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as contracts write them, in English, German, French and Dutch: 2026-04-01, 01.04.2026, 01-04-2026,
 * 01/04/2026 or 04/01/2026 (the order decided by {@link DateOrder}), 1 April 2026, April 1st, 2026, 1. April 2026,
 * 1er avril 2026, 31. Jänner 2027, 2 maart 2026, 15-Mar-2026.
 */
public final class ContractDates {
    static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november"
        + "|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec"
        + "|januar|jänner|februar|feber|märz|maerz|mai|juni|juli|oktober|dezember|okt|dez|mär"
        + "|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
        + "|decembre|janv|févr|fevr|avr|juil|déc"
        + "|januari|februari|maart|mei|augustus|mrt";
    private static final String SP = "[\\s\\u00a0\\u202f]+";
    private static final String DAY_FIRST = "\\d{1,2}(?:st|nd|rd|th|er|e|\\.)?" + SP + "(?:of" + SP + "|de" + SP + ")?(?:"
        + MONTHS + ")\\.?,?" + SP + "\\d{4}";
    private static final String MONTH_FIRST = "(?:" + MONTHS + ")\\.?" + SP + "\\d{1,2}(?:st|nd|rd|th)?,?" + SP + "\\d{4}";
    /** One date in any supported style; use as a non-capturing part of larger patterns. */
    private static final String DASHED = "\\d{1,2}-(?:" + MONTHS + ")-\\d{4}";
    public static final String DATE = "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}|" + DASHED + "|"
        + DAY_FIRST + "|" + MONTH_FIRST + ")";
    static final Pattern FIND = Pattern.compile("(?<![\\p{L}\\d./-])" + DATE + "(?![\\d])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})[./-](\\d{4})");
    private static final Pattern TEXT_DASHED = Pattern.compile("(\\d{1,2})-(" + MONTHS + ")-(\\d{4})",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TEXT_MONTH_FIRST = Pattern.compile("(" + MONTHS + ")\\.?" + SP
        + "(\\d{1,2})(?:st|nd|rd|th)?,?" + SP + "(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TEXT_DAY_FIRST = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er|e|\\.)?" + SP + "(?:of"
        + SP + "|de" + SP + ")?(" + MONTHS + ")\\.?,?" + SP + "(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
        Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("fév", 2), Map.entry("fev", 2), Map.entry("mar", 3),
        Map.entry("mär", 3), Map.entry("mae", 3), Map.entry("maa", 3), Map.entry("mrt", 3), Map.entry("apr", 4),
        Map.entry("avr", 4), Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mei", 5), Map.entry("jun", 6),
        Map.entry("jui", 7), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("aoû", 8), Map.entry("aou", 8),
        Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("dec", 12),
        Map.entry("dez", 12), Map.entry("déc", 12));

    /** A date read from text; {@code ambiguous} when the day and month of a slash date could be swapped. */
    public record Parsed(LocalDate date, boolean ambiguous) {
    }

    private ContractDates() {
    }

    /** The date, numeric dates read day first unless the second number cannot be a month (03/31/2026). */
    public static Optional<LocalDate> parse(String text) {
        return parse(text, DateOrder.DAY_FIRST).map(Parsed::date);
    }

    public static Optional<Parsed> parse(String text, DateOrder order) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(new Parsed(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)), false));
            }
            m = NUMERIC.matcher(t);
            if (m.matches()) {
                boolean slash = m.group(2).equals("/");
                return numeric(i(m, 1), i(m, 3), i(m, 4), slash ? order : DateOrder.DAY_FIRST, slash);
            }
            m = TEXT_DASHED.matcher(t);
            if (m.matches()) {
                return Optional.of(new Parsed(LocalDate.of(i(m, 3), month(m.group(2)), i(m, 1)), false));
            }
            m = TEXT_MONTH_FIRST.matcher(t);
            if (m.matches()) {
                return Optional.of(new Parsed(LocalDate.of(i(m, 3), month(m.group(1)), i(m, 2)), false));
            }
            m = TEXT_DAY_FIRST.matcher(t);
            if (m.matches()) {
                return Optional.of(new Parsed(LocalDate.of(i(m, 3), month(m.group(2)), i(m, 1)), false));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Parsed> numeric(int a, int b, int year, DateOrder order, boolean slash) {
        if (a > 12 && b <= 12) {
            return Optional.of(new Parsed(LocalDate.of(year, b, a), false));
        }
        if (b > 12 && a <= 12) {
            return Optional.of(new Parsed(LocalDate.of(year, a, b), false));
        }
        boolean ambiguous = slash && a != b;
        return Optional.of(new Parsed(order == DateOrder.MONTH_FIRST ? LocalDate.of(year, a, b)
            : LocalDate.of(year, b, a), ambiguous));
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer v = MONTH_NUMBERS.get(n.substring(0, 3));
        if (n.startsWith("jän")) {
            return 1;
        }
        if (n.startsWith("juin")) {
            return 6;
        }
        if (n.startsWith("juil")) {
            return 7;
        }
        if (v == null) {
            throw new DateTimeException("month " + name);
        }
        return v;
    }
}
