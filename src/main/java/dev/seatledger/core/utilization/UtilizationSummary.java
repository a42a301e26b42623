package dev.seatledger.core.utilization;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The Utilization view's totals: the fill ranking with dormant counts and savings per license, the number
 * of dormant seats, total savings in the base currency and the currencies left out for want of a rate.
 */
public record UtilizationSummary(List<LicenseUtilization> ranking, long dormantSeats, String baseCurrency,
                                 BigDecimal totalSavingsBase, Set<String> missingRates) {
}
