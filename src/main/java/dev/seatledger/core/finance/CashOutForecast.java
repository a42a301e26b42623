package dev.seatledger.core.finance;

import dev.seatledger.core.license.BillingCycle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a license's payments in a window of whole months (docs/adr/0012-finance-forecast.md).
 * <ul>
 *   <li>Recurring cycles repeat every 1, 3, 12 or 24 months from an anchor: the renewal date, else the
 *       start date, else the purchase date, else the expiry date. Each date is computed from the anchor
 *       ({@code anchor.plusMonths(k × period)}), so a Jan 31 anchor pays on Feb 28 (29 in leap years)
 *       and again on Mar 31, and a Feb 29 anniversary falls on Feb 28 in other years.</li>
 *   <li>Nothing is paid before the start (start date, else purchase date).</li>
 *   <li>Without auto-renew, nothing is paid on or after the expiry date, except a renewal date the user
 *       recorded: that is a planned payment.</li>
 *   <li>One-time: the period total once, in the purchase month (purchase date, else start date).</li>
 *   <li>Custom: the yearly figure spread over twelve monthly payments that add up to it exactly.</li>
 * </ul>
 */
public final class CashOutForecast {
    private CashOutForecast() {
    }

    public static List<Payment> payments(CostTerms t, YearMonth firstMonth, int months) {
        LocalDate from = firstMonth.atDay(1);
        LocalDate to = firstMonth.plusMonths(months - 1L).atEndOfMonth();
        List<Payment> out = new ArrayList<>();
        if (t.cycle() == BillingCycle.ONE_TIME) {
            LocalDate when = t.purchaseDate() != null ? t.purchaseDate() : t.startDate();
            if (when != null && t.periodTotal() != null && !when.isBefore(from) && !when.isAfter(to)) {
                out.add(new Payment(when, t.periodTotal()));
            }
            return out;
        }
        BigDecimal amount = t.cycle() == BillingCycle.CUSTOM ? t.customAnnual() : t.periodTotal();
        if (amount == null) {
            return out;
        }
        int period = switch (t.cycle()) {
            case MONTHLY, CUSTOM -> 1;
            case QUARTERLY -> 3;
            case ANNUAL -> 12;
            case BIENNIAL -> 24;
            default -> throw new IllegalStateException(t.cycle().name());
        };
        LocalDate anchor = firstNonNull(t.renewalDate(), t.startDate(), t.purchaseDate(), t.expiryDate());
        if (anchor == null) {
            return out;
        }
        LocalDate start = firstNonNull(t.startDate(), t.purchaseDate());
        long k = Math.floorDiv(ChronoUnit.MONTHS.between(YearMonth.from(anchor), firstMonth), period) - 1;
        for (;; k++) {
            LocalDate d = anchor.plusMonths(k * period);
            if (d.isAfter(to)) {
                break;
            }
            if (d.isBefore(from) || start != null && d.isBefore(start)) {
                continue;
            }
            boolean lapsed = !t.autoRenew() && t.expiryDate() != null && !d.isBefore(t.expiryDate());
            if (lapsed && !d.equals(t.renewalDate())) {
                continue;
            }
            out.add(new Payment(d, t.cycle() == BillingCycle.CUSTOM ? monthlyShare(amount, anchor, d) : amount));
        }
        return out;
    }

    /**
     * The twelfth of a yearly figure that falls on date {@code d}: shares are cut so that any twelve
     * consecutive months add up to the yearly figure to the cent.
     */
    static BigDecimal monthlyShare(BigDecimal annual, LocalDate anchor, LocalDate d) {
        long i = Math.floorMod(ChronoUnit.MONTHS.between(YearMonth.from(anchor), YearMonth.from(d)), 12);
        BigDecimal twelve = BigDecimal.valueOf(12);
        BigDecimal upTo = annual.multiply(BigDecimal.valueOf(i + 1)).divide(twelve, 2, RoundingMode.HALF_UP);
        BigDecimal before = annual.multiply(BigDecimal.valueOf(i)).divide(twelve, 2, RoundingMode.HALF_UP);
        return upTo.subtract(before);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
