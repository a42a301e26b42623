package dev.seatledger.core.renewal;

import dev.seatledger.core.finance.Decision;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.PriceHistory;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.utilization.DormantSeat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One license in a renewal review pack: its terms and price history, seats bought, assigned and really used in the
 * dormancy window, its dormant seats with their evidence (the first {@link ReviewPackQuery#DORMANT_LISTED}), the
 * suggested seat count (assigned less dormant), the review's decision and notes, and its yearly cost and the yearly
 * cost of its dormant seats in its currency and in the base currency (null without a rate).
 */
public record ReviewItem(long licenseId, String product, String licenseName, String owner, String vendor,
                         LicenseStatus status, SeatType seatType, LocalDate expiry, LocalDate renewal,
                         PriceHistory history, Integer seatsBought, int assigned, long active, long dormantCount,
                         List<DormantSeat> dormant, Integer suggestedSeats, Decision decision, Integer targetSeats,
                         BigDecimal priceChangePercent, String notes, BigDecimal yearly, BigDecimal dormantYearly,
                         String currency, BigDecimal yearlyBase, BigDecimal dormantYearlyBase) {

    public String displayName() {
        return licenseName == null ? product : product + " \u2014 " + licenseName;
    }
}
