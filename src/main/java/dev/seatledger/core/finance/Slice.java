package dev.seatledger.core.finance;

import java.math.BigDecimal;

/** A named part of the yearly spend (a category, publisher or owner) in the base currency. */
public record Slice(String name, BigDecimal amount) {
}
