package dev.seatledger.core.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/** The user's rates to one base currency. A currency with no rate has no conversion: never 1:1. */
public record ExchangeRates(String base, Map<String, BigDecimal> toBase) {
    public ExchangeRates {
        toBase = Map.copyOf(toBase);
    }

    public boolean has(String currency) {
        return base.equals(currency) || toBase.containsKey(currency);
    }

    /** The amount in the base currency, unrounded; empty when the currency has no rate. */
    public Optional<BigDecimal> convert(BigDecimal amount, String currency) {
        if (amount == null) {
            return Optional.empty();
        }
        if (base.equals(currency)) {
            return Optional.of(amount);
        }
        BigDecimal rate = toBase.get(currency);
        return rate == null ? Optional.empty() : Optional.of(amount.multiply(rate));
    }

    /** The amount in the base currency rounded to cents; null when the currency has no rate. */
    public BigDecimal toBaseOrNull(BigDecimal amount, String currency) {
        return convert(amount, currency).map(v -> v.setScale(2, RoundingMode.HALF_UP)).orElse(null);
    }
}
