package dev.seatledger.core.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One expected cash-out in the license's own currency. */
public record Payment(LocalDate date, BigDecimal amount) {
}
