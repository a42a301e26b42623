package dev.seatledger.core.renewal;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.license.PriceChange;
import java.math.BigDecimal;
import java.time.LocalDate;

/** How the review pack writes its figures: a missing one as a dash, amounts in their currency. */
final class ReviewText {
    private static final String NONE = "\u2014";
    private final String base;

    ReviewText(String base) {
        this.base = base;
    }

    String text(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }

    String date(LocalDate d) {
        return d == null ? NONE : Messages.date(d);
    }

    String count(Integer n) {
        return n == null ? NONE : String.valueOf(n);
    }

    String money(BigDecimal amount, String currency) {
        return amount == null ? NONE : Money.format(amount, currency);
    }

    String base(BigDecimal amount) {
        return money(amount, base);
    }

    /** The amount in the base currency in brackets, "no rate" when it could not be converted, nothing without one. */
    String inBase(BigDecimal converted, BigDecimal original) {
        if (original == null) {
            return "";
        }
        return converted == null ? Messages.get("review.pdf.inBaseMissing", base)
            : Messages.get("review.pdf.inBase", money(converted, base));
    }

    String change(BigDecimal percent) {
        return percent == null ? NONE : PriceChange.signed(percent);
    }

    String refs(String po, String invoice) {
        if (po == null && invoice == null) {
            return NONE;
        }
        return (po == null ? NONE : po) + " / " + (invoice == null ? NONE : invoice);
    }
}
