package dev.seatledger.core.finance;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the spend dashboard shows, in the base currency. {@code savings} is null when no savings
 * figure is available (see {@link SavingsSource}).
 */
public record SpendDashboard(String base, BigDecimal runRate, int licenses, List<Slice> byCategory,
                             List<Slice> byPublisher, List<Slice> byOwner, List<MonthAmount> forecast,
                             BigDecimal forecastTotal, List<AgendaRow> largestRenewals, List<MissingRate> missing,
                             BigDecimal savings) {
}
