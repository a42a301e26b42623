package dev.seatledger.core.finance;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Forecast cash-out of one month in the base currency. */
public record MonthAmount(YearMonth month, BigDecimal amount) {
}
