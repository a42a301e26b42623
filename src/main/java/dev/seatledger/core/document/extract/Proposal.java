package dev.seatledger.core.document.extract;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.BillingCycle;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A proposed value for one field, with the text it came from and how sure the source is (0..1). */
public record Proposal(ContractField field, Object value, String snippet, double confidence, Source source) {

    public enum Source { RULES, AI }

    public Proposal {
        confidence = Math.max(0, Math.min(1, confidence));
        snippet = snippet == null ? "" : snippet.strip();
    }

    /** The value as the review table shows it. */
    public String displayValue() {
        return display(value);
    }

    public static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().scale() <= 0 ? b.setScale(2).toPlainString() : b.toPlainString();
        }
        if (value instanceof Boolean b) {
            return Messages.get(b ? "extract.yes" : "extract.no");
        }
        if (value instanceof BillingCycle c) {
            return Messages.get("license.cycle." + c.name());
        }
        return value.toString();
    }
}
