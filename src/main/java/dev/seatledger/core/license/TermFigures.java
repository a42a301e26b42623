package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What one term was agreed at, as plain figures: its dates, seats and price in its currency and billing cycle. */
public record TermFigures(int termNo, LocalDate start, LocalDate end, Integer seats, BigDecimal perSeat,
                          BigDecimal total, BigDecimal customAnnual, String currency, BillingCycle cycle) {

    /** Whether the term's dates hold the day (an open start or end holds every day on that side). */
    public boolean holds(LocalDate day) {
        return begun(day) && (end == null || !day.isAfter(end));
    }

    /** Whether the term has begun on the day. */
    public boolean begun(LocalDate day) {
        return start == null || !start.isAfter(day);
    }

    /** Days from the start to the end, both included; null when a date is missing. */
    public Long days() {
        return start == null || end == null ? null : ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** One billing period's total: the typed total, else per seat × seats. */
    public BigDecimal periodTotal(SeatType type) {
        return CostMath.periodTotal(perSeat, total, seats, type);
    }

    /** The yearly cost (monthly ×12 … custom as typed); null for one-time terms. */
    public BigDecimal annualized(SeatType type) {
        return CostMath.annualized(cycle, periodTotal(type), customAnnual);
    }

    /**
     * The price of one seat for one billing cycle: the typed per-seat price, else the total over the seats; for a
     * custom cycle the yearly figure over the seats. Unrounded; null when the term has no price or no seat count.
     */
    public BigDecimal pricePerSeatPerCycle(SeatType type) {
        if (type == SeatType.UNLIMITED || seats == null || seats < 1) {
            return cycle == BillingCycle.CUSTOM ? null : perSeat;
        }
        if (cycle == BillingCycle.CUSTOM) {
            return customAnnual == null ? null : customAnnual.divide(BigDecimal.valueOf(seats), MathContext.DECIMAL64);
        }
        if (perSeat != null) {
            return perSeat;
        }
        return total == null ? null : total.divide(BigDecimal.valueOf(seats), MathContext.DECIMAL64);
    }

    /** The yearly cost of one seat (run-rate over seats); null for one-time, unlimited or unpriced terms. */
    public BigDecimal yearlyPerSeat(SeatType type) {
        return CostMath.annualPerSeat(cycle, perSeat, total, customAnnual, seats, type);
    }
}
