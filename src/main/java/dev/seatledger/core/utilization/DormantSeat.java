package dev.seatledger.core.utilization;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A seat judged dormant, with the money it ties up per year (license currency and base currency). */
public record DormantSeat(long assignmentId, long licenseId, String productName, String licenseName, long personId,
                          String holder, String email, String department, Signal signal, LocalDate lastActivity,
                          BigDecimal annualCost, String currency, BigDecimal annualCostBase, boolean savesNothing) {
    public String licenseDisplayName() {
        return licenseName == null ? productName : productName + " — " + licenseName;
    }
}
