package dev.seatledger.core.grade;

import dev.seatledger.core.common.Messages;
import java.util.Locale;

/** How much risk using the product carries, derived from its letter. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String label() {
        return Messages.get("grade.risk." + name().toLowerCase(Locale.ROOT));
    }
}
