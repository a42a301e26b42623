package dev.seatledger.core.compliance;

import dev.seatledger.core.finance.MissingRate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The yearly run-rate of the live licenses split by the holders of their seats (ADR 0045), in the base currency:
 * one line per department (or cost centre; a null name for holders without one), and the unallocated share (seats
 * without a holder: recorded as used but not assigned, or not used). Lines plus unallocated add up to {@code runRate}
 * to the cent. {@code rates} are the rates used, by currency; {@code missing} the licenses left out for want of one.
 */
public record Showback(String baseCurrency, ShowbackGrouping grouping, List<ShowbackLine> lines,
                       ShowbackLine unallocated, BigDecimal runRate, int licenses, Map<String, BigDecimal> rates,
                       List<MissingRate> missing) {

    /** One group's seats and their yearly cost in the base currency. */
    public record ShowbackLine(String name, long seats, BigDecimal yearlyCost) {
    }
}
