package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The cost of seats added inside a term (PRODUCT.md 14): added seats × price per seat per cycle × annualization ×
 * (days from the amendment's date to the term's end, both included) / (days in the term). A custom cycle's price is
 * already yearly; a one-time term has no cycle to prorate, so the seats cost their price once. Rounded to cents at
 * the end only.
 */
public final class Proration {
    private Proration() {
    }

    public static BigDecimal cost(int seats, BigDecimal pricePerSeat, BillingCycle cycle, LocalDate from,
                                  LocalDate termStart, LocalDate termEnd) {
        BigDecimal added = pricePerSeat.multiply(BigDecimal.valueOf(seats));
        if (cycle == BillingCycle.ONE_TIME) {
            return added.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal factor = cycle == BillingCycle.CUSTOM ? BigDecimal.ONE : cycle.annualFactor();
        long remaining = ChronoUnit.DAYS.between(from, termEnd) + 1;
        long days = ChronoUnit.DAYS.between(termStart, termEnd) + 1;
        return added.multiply(factor).multiply(BigDecimal.valueOf(remaining))
            .divide(BigDecimal.valueOf(days), MathContext.DECIMAL128)
            .setScale(2, RoundingMode.HALF_UP);
    }
}
