package dev.seatledger.core.compliance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;

/** How the compliance figures read in a report: a seat type's name, an empty figure as a dash. */
public final class ComplianceText {
    private ComplianceText() {
    }

    public static String seatType(SeatType type) {
        return type == null ? Messages.get("compliance.noLicense") : Messages.get("license.seatType." + type.name());
    }

    public static String count(Number n) {
        return n == null ? "\u2014" : String.valueOf(n);
    }

    public static String money(BigDecimal amount, String currency) {
        return amount == null ? "\u2014" : Money.format(amount, currency);
    }
}
