package dev.seatledger.core.finance;

import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.CostMath;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a license costs and when: the period total (typed total, else per seat × seats), the yearly
 * figure for custom cycles, its dates and the auto-renew flag.
 */
public record CostTerms(BillingCycle cycle, BigDecimal periodTotal, BigDecimal customAnnual,
                        LocalDate purchaseDate, LocalDate startDate, LocalDate expiryDate, LocalDate renewalDate,
                        boolean autoRenew) {

    /** Yearly run-rate (monthly ×12, quarterly ×4, annual ×1, biennial ×½, custom as typed); null for one-time. */
    public BigDecimal annualized() {
        return CostMath.annualized(cycle, periodTotal, customAnnual);
    }

    /** The figure a renewal review weighs: the yearly run-rate, or the purchase price of a one-time license. */
    public BigDecimal reviewCost() {
        return cycle == BillingCycle.ONE_TIME ? periodTotal : annualized();
    }
}
