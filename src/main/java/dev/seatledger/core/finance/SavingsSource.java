package dev.seatledger.core.finance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the dashboard's "potential savings" figure comes from: utilization tracking (reclaimable and
 * dormant seats) supplies it as yearly amounts by currency. {@link #NONE} supplies nothing, and the
 * dashboard then says the figure is not available rather than showing a number.
 */
@FunctionalInterface
public interface SavingsSource {
    SavingsSource NONE = dormant -> Map.of();

    /**
     * Yearly potential savings by currency code, for the dormant seats of each license (read once by the caller,
     * who needs them for the agenda too; the map is only read when asked); empty when nothing is known.
     */
    Map<String, BigDecimal> potentialSavings(Supplier<Map<Long, Integer>> dormantByLicense);
}
