package dev.seatledger.ui.license;

import dev.seatledger.core.common.Amounts;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.Labels;
import java.math.BigDecimal;
import java.util.Map;

/** Typed seats and amounts of the term dialogs, read with a message naming the field when they do not parse. */
final class TermInput {
    private TermInput() {
    }

    /** A whole number of seats, or null for nothing typed; "Seats: …" under {@code field} otherwise. */
    static Integer seats(String field, String text, Map<String, String> problems) {
        String t = text == null ? "" : text.strip().replace(",", "").replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            problems.put(field, Messages.get("termui.seats.number", text.strip()));
            return null;
        }
    }

    /** An amount ("1,200.50", "€ 99"), or null for nothing typed; "{label}: …" under {@code field} otherwise. */
    static BigDecimal amount(String field, String label, String text, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var v = Amounts.parse(text);
        if (v.isEmpty()) {
            problems.put(field, Messages.get("termui.amount.number", label, text.strip()));
            return null;
        }
        return v.get();
    }

    /**
     * An amount as a field shows it: two decimals in the window's language ("1,200.50", "1.200,50"), nothing for null;
     * {@link #amount} reads either back.
     */
    static String shown(BigDecimal amount) {
        return amount == null ? "" : Labels.decimal(amount, 2, 2);
    }
}
