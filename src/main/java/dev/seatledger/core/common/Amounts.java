package dev.seatledger.core.common;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads amounts as people and tools write them: "1250", "1,250.00", "1.250,00", "$79.66", "€ 12,5",
 * "1 250,00 EUR". Returns empty for text that is not an amount.
 */
public final class Amounts {
    private Amounts() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip()
            .replaceAll("(?i)^[A-Z]{3}\\s*|\\s*[A-Z]{3}$", "")
            .replaceAll("[\\p{Sc}\\s\\u00A0\\u202F']", "");
        boolean negative = s.startsWith("-") || s.startsWith("(") && s.endsWith(")");
        s = s.replaceAll("^[-(]|\\)$", "");
        if (s.isEmpty() || !s.matches("[0-9.,]+") || !Character.isDigit(s.charAt(0))) {
            return Optional.empty();
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String normalized;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            normalized = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (lastComma >= 0) {
            int decimals = s.length() - lastComma - 1;
            boolean grouping = s.indexOf(',') != lastComma || decimals == 3;
            normalized = grouping ? s.replace(",", "") : s.replace(',', '.');
        } else if (lastDot >= 0 && s.indexOf('.') != lastDot) {
            normalized = s.replace(".", "");
        } else {
            normalized = s;
        }
        try {
            BigDecimal v = new BigDecimal(normalized);
            return Optional.of(negative ? v.negate() : v);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
