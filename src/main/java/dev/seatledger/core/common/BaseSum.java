package dev.seatledger.core.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Amounts summed by currency, as one amount in the base currency: each currency's sum converted unrounded, the total
 * rounded once, to cents. The one way the potential savings are totalled, so the Utilization view and the spend
 * dashboard show the same figure for the same seats (rounding each seat's converted cost first had put them cents
 * apart).
 */
public record BaseSum(BigDecimal total, Set<String> missing) {
    public BaseSum {
        missing = Set.copyOf(missing);
    }

    /** {@code convert} gives an amount in the base currency, unrounded, or empty when its currency has no rate. */
    public static BaseSum of(Map<String, BigDecimal> byCurrency,
                             BiFunction<BigDecimal, String, Optional<BigDecimal>> convert) {
        BigDecimal total = BigDecimal.ZERO;
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, BigDecimal> e : byCurrency.entrySet()) {
            Optional<BigDecimal> converted = convert.apply(e.getValue(), e.getKey());
            if (converted.isPresent()) {
                total = total.add(converted.get());
            } else {
                missing.add(e.getKey());
            }
        }
        return new BaseSum(total.setScale(2, RoundingMode.HALF_UP), missing);
    }
}
