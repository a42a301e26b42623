package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The change of a price from one term to the next, in percent; none across currencies or from a zero price. */
public final class PriceChange {
    private PriceChange() {
    }

    /** (now − before) / before × 100, to one decimal; null when either is missing, before is zero or currencies differ. */
    public static BigDecimal percent(BigDecimal before, BigDecimal now, String beforeCurrency, String nowCurrency) {
        if (before == null || now == null || before.signum() == 0 || !beforeCurrency.equals(nowCurrency)) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, MathContext.DECIMAL64)
            .setScale(1, RoundingMode.HALF_UP);
    }

    /** "+20.0 %", "-5.5 %", "0.0 %" (one decimal). */
    public static String signed(BigDecimal percent) {
        BigDecimal p = percent.setScale(1, RoundingMode.HALF_UP);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + " %";
    }
}
