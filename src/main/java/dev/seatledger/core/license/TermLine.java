package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One term in a license's price history: the figures agreed for it, its cost per year and per seat, the change of
 * each against the previous term in percent (null for the first term, across currencies, or without a price), and
 * the seats added inside it.
 */
public record TermLine(int termNo, LocalDate start, LocalDate end, Integer seats, BigDecimal pricePerSeat,
                       BigDecimal periodTotal, BigDecimal annualCost, BigDecimal yearlyPerSeat,
                       BigDecimal perSeatChangePercent, BigDecimal annualChangePercent, String currency,
                       BillingCycle cycle, String purchaseOrder, String invoiceNumber, boolean current,
                       List<Amendment> amendments) {

    /** Seats bought for the term: agreed plus added; null for unlimited licenses. */
    public Integer seatsWithAmendments() {
        return seats == null ? null : seats + amendments.stream().mapToInt(Amendment::seats).sum();
    }
}
