package dev.seatledger.core.document.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts with a currency as contracts write them: $1,234.50, USD 54,000.00, 1.234,56 €, € 1 234,56 (also with
 * no-break, narrow no-break and thin spaces), CHF 4'500.00, CHF 1'250.–, 2.400,- EUR, A$ 99, 600,00 $ CA, 20 000 euros.
 */
public final class ContractMoney {
    static final String CODES = "USD|EUR|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|CNY|SGD|HKD|ZAR|BRL|MXN";
    private static final String GROUP = "[.,'’\\u00a0\\u202f\\u2009 ]";
    static final String NUMBER = "\\d{1,3}(?:" + GROUP + "\\d{3})+(?:[.,]\\d{1,2}|[.,][-–])?|\\d+(?:[.,]\\d{1,2}|[.,][-–])?";
    private static final String BEFORE = "\\b(?:USD|CAD|AUD|NZD|SGD|HKD)\\s?\\$|US\\$|AU?\\$|CA?\\$|NZ\\$|S\\$|HK\\$|\\$|€|£|¥"
        + "|SFr\\.|Fr\\.|\\b(?:" + CODES + ")\\b";
    private static final String AFTER = "€|£|\\$\\s?(?:CA|CAD|US|USD|AU|AUD|NZ|NZD)\\b|\\b(?:" + CODES + ")\\b|(?i:euros?\\b)";
    /** Group 1/2: currency and amount written currency first; group 3/4: amount and currency written after. */
    public static final Pattern MONEY = Pattern.compile("(?<![\\d.,])(?:(" + BEFORE + ")[\\s\\u00a0\\u202f]?(" + NUMBER
        + ")|(" + NUMBER + ")[\\s\\u00a0\\u202f]?(" + AFTER + "))(?![\\d])");
    private static final Pattern BARE = Pattern.compile("(?<![\\d.,])(" + NUMBER + ")(?![\\d%])");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("$", "USD"), Map.entry("US$", "USD"),
        Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("A$", "AUD"),
        Map.entry("AU$", "AUD"), Map.entry("C$", "CAD"), Map.entry("CA$", "CAD"), Map.entry("NZ$", "NZD"),
        Map.entry("S$", "SGD"), Map.entry("HK$", "HKD"), Map.entry("SFr.", "CHF"), Map.entry("Fr.", "CHF"));

    /** An amount found in a text: its value, ISO currency, whether a symbol (not a code) gave it, and where it is. */
    public record Amount(BigDecimal value, String currency, boolean symbol, int start, int end) {
    }

    /** No contract amount needs more digits; longer runs are noise, and parsing them costs quadratic time. */
    static final int MAX_DIGITS = 18;

    private ContractMoney() {
    }

    /** Every amount with a currency in the text, in order. */
    public static List<Amount> all(String text) {
        List<Amount> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            at(m).ifPresent(out::add);
        }
        return out;
    }

    /** The amounts of a text without a currency next to them (table cells such as "10.800,00"). */
    static List<BigDecimal> bare(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = BARE.matcher(text);
        while (m.find()) {
            number(m.group(1)).ifPresent(out::add);
        }
        return out;
    }

    public static Optional<Amount> at(Matcher m) {
        String cur = m.group(1) != null ? m.group(1) : m.group(4);
        String num = m.group(2) != null ? m.group(2) : m.group(3);
        Optional<BigDecimal> v = number(num);
        if (v.isEmpty() || cur == null) {
            return Optional.empty();
        }
        String code = SYMBOLS.get(cur);
        if (code == null && cur.matches("[A-Z]{3}\\s?\\$")) {
            code = cur.substring(0, 3);
        }
        if (code == null && cur.startsWith("$")) {
            String letters = cur.substring(1).strip();
            code = letters.length() == 2 ? Map.of("CA", "CAD", "US", "USD", "AU", "AUD", "NZ", "NZD").get(letters) : letters;
        }
        boolean symbol = code != null;
        if (code == null) {
            code = cur.toLowerCase(Locale.ROOT).startsWith("euro") ? "EUR" : cur.toUpperCase(Locale.ROOT);
        }
        return Optional.of(new Amount(v.get(), code, symbol && !cur.equals("US$"), m.start(), m.end()));
    }

    /**
     * "1.234,56", "1,234.56", "1 234,56" and "4'500.00" are all 1234.56 or 4500.00; "1,234" and "1.234" are 1234;
     * "12,5" is 12.5; "2.400,-" is 2400.
     */
    public static Optional<BigDecimal> number(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().replaceAll("[.,][-–]$", "").replaceAll("['’\\u00a0\\u202f\\u2009 ]", "");
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
        if (digits.length() > MAX_DIGITS || digits.isEmpty() || digits.startsWith(".")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
