package dev.seatledger.core.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the exchange-rate table: 1 {@code currency} = {@code rate} base, as of a date. */
public record RateRow(String currency, BigDecimal rate, LocalDate asOf, String updatedBy) {
}
