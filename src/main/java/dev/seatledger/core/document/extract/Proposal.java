package dev.seatledger.core.document.extract;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.BillingCycle;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A proposed value for one field, with the text it came from and how sure the source is (0..1). {@code derived}
 * when the value was computed rather than read (an end from a start and a duration, a price per seat from a total);
 * {@code alternative} is the other source's value when the rules and the AI disagree, for the person to choose.
 */
public record Proposal(ContractField field, Object value, String snippet, double confidence, Source source,
                       boolean derived, Proposal alternative) {

    /** Who proposed the value: the built-in rules, the AI endpoint, or both agreeing. */
    public enum Source { RULES, AI, BOTH }

    /** Proposals under this confidence start unticked in the review. */
    public static final double SURE = 0.8;

    public Proposal {
        confidence = Math.max(0, Math.min(1, confidence));
        snippet = snippet == null ? "" : snippet.strip();
    }

    public Proposal(ContractField field, Object value, String snippet, double confidence, Source source) {
        this(field, value, snippet, confidence, source, false, null);
    }

    public Proposal withConfidence(double c) {
        return new Proposal(field, value, snippet, c, source, derived, alternative);
    }

    public Proposal withSource(Source s) {
        return new Proposal(field, value, snippet, confidence, s, derived, alternative);
    }

    public Proposal withAlternative(Proposal other) {
        return new Proposal(field, value, snippet, confidence, source, derived, other);
    }

    /** True when the other proposal states the same value (dates, amounts and text compared as displayed). */
    public boolean agrees(Proposal other) {
        return other != null && field == other.field && displayValue().equalsIgnoreCase(other.displayValue());
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
