package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the Licenses list: a projection computed in SQL. */
public record LicenseRow(long id, long productId, String productName, String publisher, String licenseName,
                         String gradeLetter, String riskLevel, SeatType seatType, int seatsUsed, Integer seatsTotal,
                         BigDecimal annualCost, String currency, BillingCycle billingCycle, LocalDate expiryDate,
                         int noticeDays, LicenseStatus status, String owner, boolean archived,
                         boolean auditInProgress, String gradeSummary) {

    /** used / total in [0, 1+]; -1 for unlimited. */
    public double fill() {
        if (seatType == SeatType.UNLIMITED || seatsTotal == null || seatsTotal == 0) {
            return -1;
        }
        return (double) seatsUsed / seatsTotal;
    }
}
