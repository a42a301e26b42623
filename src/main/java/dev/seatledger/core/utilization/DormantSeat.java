package dev.seatledger.core.utilization;

import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageSource;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A seat judged dormant, with the money it ties up per year (license currency and base currency), its last use
 * ({@code lastActivity}: the latest real evidence, else the holder's last sign-in) and where that came from: the
 * source, and for SSO and vendor evidence the file format that showed it ({@code format}, else null).
 */
public record DormantSeat(long assignmentId, long licenseId, String productName, String licenseName, long personId,
                          String holder, String email, String department, Signal signal, LocalDate lastActivity,
                          BigDecimal annualCost, String currency, BigDecimal annualCostBase, boolean savesNothing,
                          UsageSource source, UsageFormat format) {
    public String licenseDisplayName() {
        return licenseName == null ? productName : productName + " — " + licenseName;
    }
}
