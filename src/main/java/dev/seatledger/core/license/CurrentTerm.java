package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Which term is current (PRODUCT.md 14, ADR 0045): the latest term whose dates hold today, else the latest begun,
 * else (every term still ahead) the first. Terms come in sequence, each starting after the one before, so "latest"
 * is the highest term number. The license row carries that term's figures with its amendments.
 */
public final class CurrentTerm {
    private CurrentTerm() {
    }

    /** The current one of {@code terms} (in sequence), or null when there is none. */
    public static <T> T of(List<T> terms, Function<T, TermFigures> figures, LocalDate today) {
        T holding = null;
        T begun = null;
        for (T t : terms) {
            TermFigures f = figures.apply(t);
            if (f.holds(today)) {
                holding = t;
            }
            if (f.begun(today)) {
                begun = t;
            }
        }
        if (holding != null) {
            return holding;
        }
        if (begun != null) {
            return begun;
        }
        return terms.isEmpty() ? null : terms.get(0);
    }

    /**
     * The license row's seats and price for a term with its amendments: the seats bought (none for unlimited
     * licenses), the per-seat price as agreed, a typed total (or a custom yearly figure) raised by the seats added
     * at their price.
     */
    public static TermFigures withAmendments(TermFigures t, List<Amendment> amendments, SeatType type) {
        return shift(t, amendments, type, 1);
    }

    /**
     * The agreed figures of a term whose current figures (seats and price with its amendments) are {@code current}:
     * what the license form's figures mean for the term when it edits it.
     */
    public static TermFigures withoutAmendments(TermFigures current, List<Amendment> amendments, SeatType type) {
        return shift(current, amendments, type, -1);
    }

    private static TermFigures shift(TermFigures t, List<Amendment> amendments, SeatType type, int sign) {
        int added = 0;
        BigDecimal addedCost = BigDecimal.ZERO;
        for (Amendment a : amendments) {
            added += a.seats();
            if (a.pricePerSeat() != null) {
                addedCost = addedCost.add(a.pricePerSeat().multiply(BigDecimal.valueOf(a.seats())));
            }
        }
        if (added == 0) {
            return t;
        }
        BigDecimal cost = sign > 0 ? addedCost : addedCost.negate();
        Integer seats = type == SeatType.UNLIMITED || t.seats() == null ? t.seats() : Math.max(1, t.seats() + sign * added);
        boolean custom = t.cycle() == BillingCycle.CUSTOM;
        BigDecimal total = custom || t.total() == null ? t.total() : t.total().add(cost).max(BigDecimal.ZERO);
        BigDecimal customAnnual = custom && t.customAnnual() != null ? t.customAnnual().add(cost).max(BigDecimal.ZERO)
            : t.customAnnual();
        return new TermFigures(t.termNo(), t.start(), t.end(), seats, t.perSeat(), total, customAnnual, t.currency(),
            t.cycle());
    }
}
