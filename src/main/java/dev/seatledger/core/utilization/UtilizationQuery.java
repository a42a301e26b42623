package dev.seatledger.core.utilization;

import dev.seatledger.core.common.CurrencyConverter;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import org.hibernate.query.NativeQuery;

/**
 * Seat fill and dormant seats over every active, non-archived license (status active or pending
 * renewal), judged in SQL by the best signal available; savings in license and base currency.
 */
public class UtilizationQuery {
    static final String DORMANT_FROM = """
        from assignment a
        join license l on l.id = a.license_id
        join product p on p.id = l.product_id
        join person pe on pe.id = a.person_id
        where a.revoked_at is null and l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL')
          and (pe.status <> 'ACTIVE'
               or (a.assigned_at < :cutoffInstant
                   and ((a.has_telemetry and (a.last_used_at is null or a.last_used_at < :cutoff))
                        or (not a.has_telemetry and (pe.last_sign_in is null or pe.last_sign_in < :cutoff)))))
        """;

    static final String DORMANT_SQL = """
        select a.id, l.id, p.name, l.name, pe.id, pe.display_name, pe.email, pe.department,
               case when pe.status <> 'ACTIVE' then 'USER_STATUS' when a.has_telemetry then 'REAL_USAGE' else 'LOGIN_PROXY' end,
               case when a.has_telemetry then a.last_used_at else pe.last_sign_in end,
               l.billing_cycle, l.cost_per_seat, l.total_cost, l.custom_annual_cost, l.seats_total, l.seat_type, l.currency,
               l.product_id
        """ + DORMANT_FROM;

    private final Transactions tx;
    private final Clock clock;
    private final IntSupplier dormancyDays;
    private final CurrencyConverter converter;

    public UtilizationQuery(Transactions tx, Clock clock, IntSupplier dormancyDays, CurrencyConverter converter) {
        this.tx = tx;
        this.clock = clock;
        this.dormancyDays = dormancyDays;
        this.converter = converter;
    }

    public LocalDate cutoff() {
        return LocalDate.now(clock).minusDays(dormancyDays.getAsInt());
    }

    /** Dormant seats of one license (for the renewal target suggestion). */
    public int dormantCount(long licenseId) {
        LocalDate cutoff = cutoff();
        return tx.read(session -> {
            NativeQuery<Object> q = session.createNativeQuery("select count(*) " + DORMANT_FROM
                + " and l.id = :license", Object.class);
            q.setParameter("cutoff", Date.valueOf(cutoff));
            q.setParameter("cutoffInstant", Timestamp.from(cutoff.atStartOfDay().toInstant(ZoneOffset.UTC)));
            q.setParameter("license", licenseId);
            return ((Number) q.getSingleResult()).intValue();
        });
    }

    /** Yearly potential savings by license currency (for the spend dashboard). */
    public Map<String, BigDecimal> savingsByCurrency() {
        Map<String, BigDecimal> sums = new java.util.TreeMap<>();
        for (DormantSeat d : report(DormancyFilter.all()).dormant()) {
            if (d.annualCost() != null) {
                sums.merge(d.currency(), d.annualCost(), BigDecimal::add);
            }
        }
        return sums;
    }

    public UtilizationReport report(DormancyFilter filter) {
        CurrencyConverter converter = this.converter.snapshot();
        LocalDate cutoff = cutoff();
        List<DormantSeat> all = tx.read(session -> {
            NativeQuery<Object[]> q = session.createNativeQuery(DORMANT_SQL + " order by l.id, pe.display_name", Object[].class);
            q.setParameter("cutoff", Date.valueOf(cutoff));
            q.setParameter("cutoffInstant", Timestamp.from(cutoff.atStartOfDay().toInstant(ZoneOffset.UTC)));
            List<DormantSeat> rows = new ArrayList<>();
            for (Object[] r : q.getResultList()) {
                rows.add(seat(r, converter));
            }
            return rows;
        });
        Map<Long, List<DormantSeat>> byLicense = new HashMap<>();
        all.forEach(d -> byLicense.computeIfAbsent(d.licenseId(), k -> new ArrayList<>()).add(d));
        List<LicenseUtilization> ranking = tx.read(session -> session.createNativeQuery("""
                select l.id, p.name, l.name, p.publisher, l.seats_used, l.seats_total, l.seat_type, l.currency
                from license l join product p on p.id = l.product_id
                where l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL')
                """, Object[].class).getResultList()).stream().map(r -> {
                    long id = ((Number) r[0]).longValue();
                    List<DormantSeat> d = byLicense.getOrDefault(id, List.of());
                    boolean unlimited = SeatType.UNLIMITED.name().equals(r[6]);
                    int used = ((Number) r[4]).intValue();
                    Integer total = r[5] == null ? null : ((Number) r[5]).intValue();
                    double fill = unlimited || total == null || total == 0 ? -1 : (double) used / total;
                    BigDecimal savings = d.stream().map(DormantSeat::annualCost).filter(x -> x != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                    boolean nothing = d.isEmpty() ? false : d.get(0).savesNothing();
                    String cur = (String) r[7];
                    return new LicenseUtilization(id, (String) r[1], (String) r[2], (String) r[3], used, total, fill,
                        d.size(), savings, cur, converter.toBase(savings, cur).orElse(null), nothing);
                })
            .sorted(Comparator.comparingDouble(LicenseUtilization::fill).reversed()
                .thenComparing(LicenseUtilization::productName))
            .toList();
        List<DormantSeat> filtered = all.stream()
            .filter(d -> filter.signal() == null || d.signal() == filter.signal())
            .filter(d -> filter.productId() == null || productOf(d, filter.productId()))
            .filter(d -> filter.department() == null || filter.department().equals(d.department()))
            .toList();
        BigDecimal total = BigDecimal.ZERO;
        TreeSet<String> missing = new TreeSet<>();
        for (DormantSeat d : all) {
            if (d.annualCost() == null) {
                continue;
            }
            if (d.annualCostBase() == null) {
                missing.add(d.currency());
            } else {
                total = total.add(d.annualCostBase());
            }
        }
        return new UtilizationReport(ranking, filtered, converter.baseCurrency(), total, missing);
    }

    private final Map<Long, Long> productByLicense = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean productOf(DormantSeat d, long productId) {
        Long p = productByLicense.get(d.licenseId());
        return p != null && p == productId;
    }

    private DormantSeat seat(Object[] r, CurrencyConverter converter) {
        long licenseId = ((Number) r[1]).longValue();
        productByLicense.put(licenseId, ((Number) r[17]).longValue());
        BillingCycle cycle = BillingCycle.valueOf((String) r[10]);
        SeatType type = SeatType.valueOf((String) r[15]);
        Integer seats = r[14] == null ? null : ((Number) r[14]).intValue();
        BigDecimal perSeat = CostMath.annualPerSeat(cycle, dev.seatledger.core.common.SqlValues.decimal(r[11]), dev.seatledger.core.common.SqlValues.decimal(r[12]), dev.seatledger.core.common.SqlValues.decimal(r[13]), seats, type);
        String currency = (String) r[16];
        BigDecimal base = perSeat == null ? null : converter.toBase(perSeat, currency).orElse(null);
        return new DormantSeat(((Number) r[0]).longValue(), licenseId, (String) r[2], (String) r[3],
            ((Number) r[4]).longValue(), (String) r[5], (String) r[6], (String) r[7], Signal.valueOf((String) r[8]),
            dev.seatledger.core.common.SqlValues.date(r[9]), perSeat, currency, base, perSeat == null);
    }


}
