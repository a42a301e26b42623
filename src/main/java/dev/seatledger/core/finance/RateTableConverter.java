package dev.seatledger.core.finance;

import dev.seatledger.core.common.CurrencyConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Supplier;

/** Converts with the user's exchange-rate table to the base currency set in the preferences. */
public final class RateTableConverter implements CurrencyConverter {
    private final FinanceQuery finance;
    private final Supplier<String> base;

    public RateTableConverter(FinanceQuery finance, Supplier<String> base) {
        this.finance = finance;
        this.base = base;
    }

    @Override
    public String baseCurrency() {
        return base.get();
    }

    @Override
    public Optional<BigDecimal> toBase(BigDecimal amount, String currency) {
        return snapshot().toBase(amount, currency);
    }

    @Override
    public CurrencyConverter snapshot() {
        ExchangeRates rates = finance.rates(base.get());
        return new CurrencyConverter() {
            @Override
            public String baseCurrency() {
                return rates.base();
            }

            @Override
            public Optional<BigDecimal> toBase(BigDecimal amount, String currency) {
                return rates.convert(amount, currency).map(v -> v.setScale(2, RoundingMode.HALF_UP));
            }

            @Override
            public Optional<BigDecimal> toBaseUnrounded(BigDecimal amount, String currency) {
                return rates.convert(amount, currency);
            }
        };
    }
}
