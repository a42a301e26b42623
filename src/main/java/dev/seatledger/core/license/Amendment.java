package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Seats added inside a term: from which day, how many, the price per seat per billing cycle (per year for a
 * custom cycle) and the cost prorated to the term's end, in the term's currency.
 */
public record Amendment(LocalDate from, int seats, BigDecimal pricePerSeat, BigDecimal proratedCost, String currency) {
}
