package dev.seatledger.core.finance;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Where the dashboard's "potential savings" figure comes from: utilization tracking (reclaimable and
 * dormant seats) supplies it as yearly amounts by currency. {@link #NONE} supplies nothing, and the
 * dashboard then says the figure is not available rather than showing a number.
 */
@FunctionalInterface
public interface SavingsSource {
    SavingsSource NONE = Map::of;

    /** Yearly potential savings by currency code; empty when nothing is known. */
    Map<String, BigDecimal> potentialSavings();
}
