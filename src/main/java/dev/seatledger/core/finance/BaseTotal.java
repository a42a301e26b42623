package dev.seatledger.core.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds amounts in many currencies into one base-currency total, keeping what could not be converted apart. */
public final class BaseTotal {
    private final ExchangeRates rates;
    private BigDecimal total = BigDecimal.ZERO;
    private final Map<String, BigDecimal> missingAmount = new TreeMap<>();
    private final Map<String, Integer> missingCount = new TreeMap<>();

    public BaseTotal(ExchangeRates rates) {
        this.rates = rates;
    }

    /** Adds the amount; returns false (and records it as missing) when its currency has no rate. */
    public boolean add(BigDecimal amount, String currency) {
        if (amount == null) {
            return true;
        }
        var converted = rates.convert(amount, currency);
        if (converted.isPresent()) {
            total = total.add(converted.get());
            return true;
        }
        missingAmount.merge(currency, amount, BigDecimal::add);
        missingCount.merge(currency, 1, Integer::sum);
        return false;
    }

    public BigDecimal total() {
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    public List<MissingRate> missing() {
        List<MissingRate> out = new ArrayList<>();
        missingAmount.forEach((c, a) -> out.add(new MissingRate(c, a.setScale(2, RoundingMode.HALF_UP),
            missingCount.get(c))));
        return out;
    }
}
