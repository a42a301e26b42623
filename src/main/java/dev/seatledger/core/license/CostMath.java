package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Cost rules: store what the user typed, derive the other figure (total = per seat × seats), never
 * multiply a typed total by the seat count, annualize by billing cycle.
 */
public final class CostMath {
    private CostMath() {
    }

    /** The agreement's total for one billing period: the typed total, else per seat × seats. */
    public static BigDecimal periodTotal(BigDecimal perSeat, BigDecimal total, Integer seats, SeatType type) {
        if (total != null) {
            return total;
        }
        if (perSeat != null && seats != null && type != SeatType.UNLIMITED) {
            return perSeat.multiply(BigDecimal.valueOf(seats));
        }
        return null;
    }

    /** Per-seat figure derived from a typed total, when only the total was typed. */
    public static BigDecimal derivedPerSeat(BigDecimal perSeat, BigDecimal total, Integer seats, SeatType type) {
        if (perSeat != null || total == null || seats == null || seats < 1 || type == SeatType.UNLIMITED) {
            return null;
        }
        return total.divide(BigDecimal.valueOf(seats), 2, RoundingMode.HALF_UP);
    }

    /** Total derived from a typed per-seat price, when only the per-seat price was typed. */
    public static BigDecimal derivedTotal(BigDecimal perSeat, BigDecimal total, Integer seats, SeatType type) {
        if (total != null || perSeat == null) {
            return null;
        }
        return periodTotal(perSeat, null, seats, type);
    }

    /** True when both figures were typed and per seat × seats differs from the total (to the cent). */
    public static boolean mismatch(BigDecimal perSeat, BigDecimal total, Integer seats, SeatType type) {
        if (perSeat == null || total == null || seats == null || type == SeatType.UNLIMITED) {
            return false;
        }
        BigDecimal computed = perSeat.multiply(BigDecimal.valueOf(seats)).setScale(2, RoundingMode.HALF_UP);
        return computed.compareTo(total.setScale(2, RoundingMode.HALF_UP)) != 0;
    }

    /** Yearly run-rate: monthly ×12, quarterly ×4, annual ×1, biennial ×½, one-time none, custom as typed. */
    public static BigDecimal annualized(BillingCycle cycle, BigDecimal periodTotal, BigDecimal customAnnual) {
        if (cycle == BillingCycle.CUSTOM) {
            return customAnnual;
        }
        if (cycle.annualFactor() == null || periodTotal == null) {
            return null;
        }
        return periodTotal.multiply(cycle.annualFactor()).setScale(2, RoundingMode.HALF_UP);
    }

    /** Annualized cost of one seat, for savings estimates; null for one-time and unlimited licenses. */
    public static BigDecimal annualPerSeat(BillingCycle cycle, BigDecimal perSeat, BigDecimal total,
                                           BigDecimal customAnnual, Integer seats, SeatType type) {
        if (type == SeatType.UNLIMITED || seats == null || seats < 1) {
            return null;
        }
        BigDecimal annual = annualized(cycle, periodTotal(perSeat, total, seats, type), customAnnual);
        return annual == null ? null : annual.divide(BigDecimal.valueOf(seats), 2, RoundingMode.HALF_UP);
    }
}
