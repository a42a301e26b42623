package dev.seatledger.core.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The team's exchange-rate table, kept in the database so everyone totals with the same rates. */
public class ExchangeRateService {
    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;

    public ExchangeRateService(Transactions tx, Clock clock, Operator operator) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
    }

    public List<RateRow> list(String base) {
        return tx.read(session -> session.createSelectionQuery(
                "from ExchangeRate r where r.baseCurrency = :b order by r.currency", ExchangeRate.class)
            .setParameter("b", base)
            .getResultList().stream()
            .map(r -> new RateRow(r.getCurrency(), r.getRate().stripTrailingZeros(), r.getAsOf(), r.getUpdatedBy()))
            .toList());
    }

    /** Adds or replaces the rate of one currency to the base. */
    public void save(String base, String currency, BigDecimal rate, LocalDate asOf) {
        saveAll(base, Map.of(currency == null ? "" : currency, rate == null ? BigDecimal.ZERO : rate), asOf);
    }

    /** Adds or replaces the rates of several currencies to the base, all or none: every rate is checked first. */
    public void saveAll(String base, Map<String, BigDecimal> rates, LocalDate asOf) {
        if (!Money.isIsoCurrency(base)) {
            throw ValidationException.of("base", Messages.get("finance.rate.invalidCurrency", base));
        }
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        rates.forEach((currency, rate) -> {
            String code = currency.strip().toUpperCase(java.util.Locale.ROOT);
            if (!Money.isIsoCurrency(code)) {
                throw ValidationException.of("currency", Messages.get("finance.rate.invalidCurrency", code));
            }
            if (code.equals(base)) {
                throw ValidationException.of("currency", Messages.get("finance.rate.isBase", code));
            }
            if (rate.signum() <= 0) {
                throw ValidationException.of("rate", Messages.get("finance.rate.positive"));
            }
            checked.put(code, rate.scale() > 8 ? rate.setScale(8, java.math.RoundingMode.HALF_UP) : rate);
        });
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        tx.run(session -> checked.forEach((code, value) -> {
            ExchangeRate r = session.createSelectionQuery(
                    "from ExchangeRate r where r.baseCurrency = :b and r.currency = :c", ExchangeRate.class)
                .setParameter("b", base).setParameter("c", code)
                .uniqueResult();
            if (r == null) {
                r = new ExchangeRate(base, code);
                r.update(value, date, clock.instant(), operator.get());
                session.persist(r);
            } else {
                r.update(value, date, clock.instant(), operator.get());
            }
        }));
    }

    public void delete(String base, String currency) {
        tx.run(session -> session.createMutationQuery(
                "delete from ExchangeRate r where r.baseCurrency = :b and r.currency = :c")
            .setParameter("b", base).setParameter("c", currency)
            .executeUpdate());
    }

    /** Currencies the live licenses use that have no rate to {@code base}: the ones left out of totals. */
    public List<String> currenciesWithoutRate(String base) {
        return tx.read(session -> session.createSelectionQuery(
                "select distinct l.currency from License l where l.archivedAt is null and l.currency <> :b"
                    + " and l.currency not in (select r.currency from ExchangeRate r where r.baseCurrency = :b)"
                    + " order by l.currency", String.class)
            .setParameter("b", base)
            .getResultList());
    }
}
