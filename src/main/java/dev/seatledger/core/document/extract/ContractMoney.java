package dev.seatledger.core.document.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts with a currency as contracts write them: $12,000.00, € 1.234,56, EUR 9 600, 1,234.56 USD, ¥120000. */
public final class ContractMoney {
    static final String CODES = "USD|EUR|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN|CZK|INR|CNY|NZD|SGD|HKD";
    private static final String NUMBER = "\\d{1,3}(?:[.,' \\u00a0]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
    /** Group 1 or 4: currency symbol/code; group 2 or 3: amount. */
    public static final Pattern MONEY = Pattern.compile(
        "(?:([$€£¥]|\\b(?:" + CODES + "))\\s?(" + NUMBER + "))|(?:(" + NUMBER + ")\\s?([€£]|\\b(?:" + CODES + ")\\b))");
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");

    public record Amount(BigDecimal value, String currency, boolean symbol, int start, int end) {
    }

    /** No contract amount needs more digits; longer runs are noise, and parsing them costs quadratic time. */
    static final int MAX_DIGITS = 18;

    private ContractMoney() {
    }

    public static Optional<Amount> at(Matcher m) {
        String cur = m.group(1) != null ? m.group(1) : m.group(4);
        String num = m.group(2) != null ? m.group(2) : m.group(3);
        Optional<BigDecimal> v = number(num);
        if (v.isEmpty() || cur == null) {
            return Optional.empty();
        }
        boolean symbol = SYMBOLS.containsKey(cur);
        return Optional.of(new Amount(v.get(), symbol ? SYMBOLS.get(cur) : cur.toUpperCase(Locale.ROOT), symbol,
            m.start(), m.end()));
    }

    /** "1.234,56" and "1,234.56" are both 1234.56; "1,234" and "1.234" are 1234; "12,5" is 12.5. */
    public static Optional<BigDecimal> number(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replace("'", "").replace(" ", "").replace("\u00a0", "");
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        int dec = Math.max(lastDot, lastComma);
        String digits;
        if (dec < 0) {
            digits = t;
        } else {
            char sep = t.charAt(dec);
            boolean bothKinds = lastDot >= 0 && lastComma >= 0;
            boolean single = t.indexOf(sep) == dec;
            int after = t.length() - dec - 1;
            boolean decimal = bothKinds || (single && after != 3);
            if (decimal) {
                digits = t.substring(0, dec).replace(".", "").replace(",", "") + "." + t.substring(dec + 1);
            } else {
                digits = t.replace(".", "").replace(",", "");
            }
        }
        if (digits.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
