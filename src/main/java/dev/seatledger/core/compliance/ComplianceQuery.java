package dev.seatledger.core.compliance;

import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.finance.BaseTotal;
import dev.seatledger.core.finance.ExchangeRates;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.telemetry.InstalledDevices;
import dev.seatledger.core.utilization.RealUse;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The compliance position per product and seat type (PRODUCT.md 15, ADR 0045), from three reads: the live licenses'
 * seats and prices, the seats with real use since the cutoff counted per license from the dormancy index, and the
 * devices per product from the reported applications' counts.
 */
public class ComplianceQuery {
    private static final String ACTIVE = RealUse.countsByLicense("");
    private static final String PRODUCT_NAMES = "select p.id, p.name from product p where p.archived_at is null";

    private final Transactions tx;
    private final Clock clock;
    private final Supplier<LocalDate> cutoff;
    private final Function<String, ExchangeRates> rates;

    public ComplianceQuery(Transactions tx, Clock clock, Supplier<LocalDate> cutoff, Function<String, ExchangeRates> rates) {
        this.tx = tx;
        this.clock = clock;
        this.cutoff = cutoff;
        this.rates = rates;
    }

    private record Key(long productId, SeatType seatType) {
    }

    /** Sums of one product and seat type over its licenses. */
    private static final class Sums {
        final String product;
        int licenses;
        Integer entitled = 0;
        long assigned;
        long active;
        BigDecimal yearlyBase = BigDecimal.ZERO;
        long pricedSeats;

        Sums(String product) {
            this.product = product;
        }
    }

    public CompliancePosition position(String base) {
        LocalDate since = cutoff.get();
        ExchangeRates r = rates.apply(base);
        BaseTotal prices = new BaseTotal(r);
        Map<Key, Sums> sums = new LinkedHashMap<>();
        Map<Long, Long> installed = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        tx.read(session -> {
            Map<Long, Long> active = new HashMap<>();
            for (Object[] row : session.createNativeQuery(ACTIVE, Object[].class).setParameter("cutoff", Date.valueOf(since))
                    .getResultList()) {
                active.merge(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), Long::sum);
            }
            for (LiveLicenses.Live l : LiveLicenses.read(session)) {
                Sums s = sums.computeIfAbsent(new Key(l.productId(), l.seatType()), k -> new Sums(l.product()));
                s.licenses++;
                s.entitled = s.entitled == null || l.seats() == null ? null : s.entitled + l.seats();
                s.assigned += l.used();
                s.active += active.getOrDefault(l.id(), 0L);
                if (l.yearlyPerSeat() != null && prices.add(l.annual(), l.currency())) {
                    s.yearlyBase = s.yearlyBase.add(r.convert(l.annual(), l.currency()).orElseThrow());
                    s.pricedSeats += l.seats();
                }
            }
            installed.putAll(session.doReturningWork(InstalledDevices::byProduct));
            for (Object[] row : session.createNativeQuery(PRODUCT_NAMES, Object[].class).getResultList()) {
                names.put(((Number) row[0]).longValue(), (String) row[1]);
            }
            return null;
        });
        Map<Long, Boolean> licensed = new HashMap<>();
        sums.keySet().forEach(k -> licensed.put(k.productId(), true));
        installed.forEach((product, devices) -> {
            if (!licensed.containsKey(product) && devices > 0 && names.containsKey(product)) {
                sums.put(new Key(product, null), new Sums(names.get(product)));
            }
        });
        List<ComplianceRow> rows = new ArrayList<>();
        BigDecimal exposure = BigDecimal.ZERO;
        BigDecimal shelfware = BigDecimal.ZERO;
        for (Map.Entry<Key, Sums> e : sums.entrySet()) {
            ComplianceRow row = row(e.getKey(), e.getValue(), installed.getOrDefault(e.getKey().productId(), 0L));
            rows.add(row);
            exposure = exposure.add(Objects.requireNonNullElse(row.exposure(), BigDecimal.ZERO));
            shelfware = shelfware.add(Objects.requireNonNullElse(row.shelfware(), BigDecimal.ZERO));
        }
        rows.sort(Comparator.comparing(ComplianceRow::apart)
            .thenComparing(x -> x.product().toLowerCase(Locale.ROOT))
            .thenComparing(x -> x.seatType() == null ? "" : x.seatType().name())
            .thenComparingLong(ComplianceRow::productId));
        return new CompliancePosition(base, LocalDate.now(clock), since, List.copyOf(rows), money(exposure),
            money(shelfware), prices.missing());
    }

    private static ComplianceRow row(Key key, Sums s, long installed) {
        SeatType type = key.seatType();
        BigDecimal perSeat = s.pricedSeats == 0 ? null
            : s.yearlyBase.divide(BigDecimal.valueOf(s.pricedSeats), MathContext.DECIMAL64);
        Long shortfall = null;
        Long surplus = null;
        if (type == null) {
            shortfall = installed;
        } else if (type == SeatType.USER || type == SeatType.DEVICE) {
            shortfall = Math.max(0, Math.max(s.assigned, installed) - s.entitled);
            surplus = Math.max(0, s.entitled - s.active);
        }
        return new ComplianceRow(key.productId(), s.product, type, s.licenses, type == null ? Integer.valueOf(0) : s.entitled,
            s.assigned, installed, s.active, shortfall, surplus, perSeat == null ? null : money(perSeat),
            times(shortfall, perSeat), times(surplus, perSeat));
    }

    private static BigDecimal times(Long seats, BigDecimal perSeat) {
        return seats == null || perSeat == null ? null : money(perSeat.multiply(BigDecimal.valueOf(seats)));
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
