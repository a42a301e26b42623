package dev.seatledger.core.compliance;

import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.finance.BaseTotal;
import dev.seatledger.core.finance.ExchangeRates;
import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Showback (PRODUCT.md 15, ADR 0045): each live license's yearly cost is cut into one share per seat, its seats total
 * or its assigned seats when more are assigned (unlimited licenses: one per assigned seat); each assigned seat's share
 * goes to its holder's department or cost centre, the rest is unallocated. The assigned seats per license and group
 * are read from the counts the seat writers keep (seat_group_count, V23, ADR 0053), summed over the other grouping;
 * licenses without a yearly cost (one-time, unpriced) are not part of the run-rate and are left out.
 */
public class ShowbackQuery {
    private final Transactions tx;
    private final Function<String, ExchangeRates> rates;

    public ShowbackQuery(Transactions tx, Function<String, ExchangeRates> rates) {
        this.tx = tx;
        this.rates = rates;
    }

    private static String seatsSql(ShowbackGrouping by) {
        String column = by == ShowbackGrouping.COST_CENTRE ? "cost_centre" : "department";
        return "select license_id, " + column + ", sum(seats) from seat_group_count group by license_id, " + column
            + " having sum(seats) > 0";
    }

    public Showback showback(String base, ShowbackGrouping by) {
        ExchangeRates r = rates.apply(base);
        Map<Long, Map<String, Long>> seats = new HashMap<>();
        List<LiveLicenses.Live> licenses = tx.read(session -> {
            for (Object[] row : session.createNativeQuery(seatsSql(by), Object[].class).getResultList()) {
                seats.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
            }
            return LiveLicenses.read(session);
        });
        BaseTotal runRate = new BaseTotal(r);
        Map<String, BigDecimal> byGroup = new HashMap<>();
        Map<String, Long> seatsByGroup = new HashMap<>();
        Map<String, BigDecimal> used = new TreeMap<>();
        long unallocatedSeats = 0;
        int counted = 0;
        for (LiveLicenses.Live l : licenses) {
            if (l.annual() == null || !runRate.add(l.annual(), l.currency())) {
                continue;
            }
            counted++;
            if (!l.currency().equals(base)) {
                used.put(l.currency(), r.toBase().get(l.currency()));
            }
            BigDecimal annual = r.convert(l.annual(), l.currency()).orElseThrow();
            Map<String, Long> held = seats.getOrDefault(l.id(), Map.of());
            long assigned = held.values().stream().mapToLong(Long::longValue).sum();
            long shares = l.seatType() == SeatType.UNLIMITED || l.seats() == null ? assigned : Math.max(l.seats(), assigned);
            unallocatedSeats += shares - assigned;
            if (shares == 0) {
                continue;
            }
            BigDecimal perShare = annual.divide(BigDecimal.valueOf(shares), MathContext.DECIMAL128);
            held.forEach((group, n) -> {
                byGroup.merge(key(group), perShare.multiply(BigDecimal.valueOf(n)), BigDecimal::add);
                seatsByGroup.merge(key(group), n, Long::sum);
            });
        }
        List<Showback.ShowbackLine> lines = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : byGroup.entrySet()) {
            BigDecimal cost = e.getValue().setScale(2, RoundingMode.HALF_UP);
            allocated = allocated.add(cost);
            lines.add(new Showback.ShowbackLine(name(e.getKey()), seatsByGroup.get(e.getKey()), cost));
        }
        lines.sort(Comparator.comparing(Showback.ShowbackLine::yearlyCost).reversed()
            .thenComparing(l -> l.name() == null ? "\uffff" : l.name()));
        BigDecimal total = runRate.total();
        return new Showback(base, by, List.copyOf(lines),
            new Showback.ShowbackLine(null, unallocatedSeats, total.subtract(allocated)), total, counted, used,
            runRate.missing());
    }

    /** Map keys cannot tell a missing group from none in every map; holders without one share this key. */
    private static final String NONE = "\u0000";

    private static String key(String group) {
        return group == null ? NONE : group;
    }

    private static String name(String key) {
        return NONE.equals(key) ? null : key;
    }
}
