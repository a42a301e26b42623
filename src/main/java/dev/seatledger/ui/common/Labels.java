package dev.seatledger.ui.common;

import dev.seatledger.core.common.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Display names for enums, dates and counts, from the message bundle and the user's locale. */
public final class Labels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private Labels() {
    }

    public static String of(String prefix, Enum<?> value) {
        return value == null ? "" : Messages.get(prefix + "." + value.name());
    }

    /** A count as the user's locale groups its digits: "10,000" in English. */
    public static String count(long n) {
        return java.text.NumberFormat.getIntegerInstance().format(n);
    }

    /** A decimal as the user's locale writes it, with {@code min} to {@code max} decimals rounded half up: "1.200,50". */
    public static String decimal(BigDecimal value, int min, int max) {
        return format(NumberFormat.getNumberInstance(Locale.getDefault()), value, min, max);
    }

    /** A share (0.123 for 12.3 %) as the user's locale writes a percentage, with one decimal rounded half up. */
    public static String percent(BigDecimal share) {
        return format(NumberFormat.getPercentInstance(Locale.getDefault()), share, 1, 1);
    }

    private static String format(NumberFormat f, BigDecimal value, int min, int max) {
        f.setMinimumFractionDigits(min);
        f.setMaximumFractionDigits(max);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    public static String date(LocalDate d) {
        return d == null ? Messages.get("license.noValue") : DATE.format(d);
    }

    public static String instant(java.time.Instant i) {
        return i == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(java.time.ZoneId.systemDefault()).format(i);
    }

    public static <E extends Enum<E>> javafx.util.StringConverter<E> converter(String prefix, Class<E> type) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(E e) {
                return of(prefix, e);
            }

            @Override
            public E fromString(String s) {
                for (E e : type.getEnumConstants()) {
                    if (of(prefix, e).equals(s)) {
                        return e;
                    }
                }
                return null;
            }
        };
    }
}
