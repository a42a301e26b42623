package dev.seatledger.core.compliance;

import dev.seatledger.core.finance.MissingRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The compliance position of every product with a live license or an installation: user and device rows first, then
 * the rows shown apart; totals of exposure and shelfware in the base currency; the licenses whose price could not be
 * converted for want of a rate, by currency (left out of the prices, never converted 1:1).
 */
public record CompliancePosition(String baseCurrency, LocalDate today, LocalDate cutoff, List<ComplianceRow> rows,
                                 BigDecimal exposure, BigDecimal shelfware, List<MissingRate> missing) {
}
