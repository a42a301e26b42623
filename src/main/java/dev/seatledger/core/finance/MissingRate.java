package dev.seatledger.core.finance;

import java.math.BigDecimal;

/** Amounts left out of a total because their currency has no exchange rate: the sum and how many items. */
public record MissingRate(String currency, BigDecimal amount, int count) {
}
