package dev.seatledger.core.utilization;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The Utilization view's data: ranking, dormant seats, total savings in base currency, missing rates. */
public record UtilizationReport(List<LicenseUtilization> ranking, List<DormantSeat> dormant, String baseCurrency,
                                BigDecimal totalSavingsBase, Set<String> missingRates) {
}
