package dev.seatledger.core.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Formatting of amounts in their own currency; arithmetic stays in BigDecimal. */
public final class Money {
    private Money() {
    }

    public static boolean isIsoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static String format(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat nf = NumberFormat.getCurrencyInstance(Locale.getDefault());
        try {
            Currency c = Currency.getInstance(currency);
            nf.setCurrency(c);
            nf.setMinimumFractionDigits(Math.max(0, c.getDefaultFractionDigits()));
            nf.setMaximumFractionDigits(Math.max(0, c.getDefaultFractionDigits()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
        }
        return nf.format(amount);
    }
}
