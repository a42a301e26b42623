package dev.seatledger.core.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

/** Converts amounts into the base currency; empty when no rate is known (never 1:1). */
public interface CurrencyConverter {
    String baseCurrency();

    Optional<BigDecimal> toBase(BigDecimal amount, String currency);

    /** The same unrounded, for amounts that are summed before the total is rounded once ({@link BaseSum}). */
    default Optional<BigDecimal> toBaseUnrounded(BigDecimal amount, String currency) {
        return toBase(amount, currency);
    }

    /** A converter with the rates as they are now, for many conversions in one report. */
    default CurrencyConverter snapshot() {
        return this;
    }

    /** Converts only amounts already in the base currency: every other currency lacks a rate. */
    static CurrencyConverter baseOnly(Supplier<String> base) {
        return new CurrencyConverter() {
            @Override
            public String baseCurrency() {
                return base.get();
            }

            @Override
            public Optional<BigDecimal> toBase(BigDecimal amount, String currency) {
                return base.get().equals(currency) ? Optional.of(amount) : Optional.empty();
            }
        };
    }
}
