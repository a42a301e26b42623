package dev.seatledger.core.utilization;

import dev.seatledger.core.common.CurrencyConverter;
import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import org.hibernate.query.NativeQuery;

/**
 * Seat fill and dormant seats over every active, non-archived license (status active or pending
 * renewal), judged in SQL by the best signal available; savings in license and base currency.
 * Totals come from one grouped query (a seat's yearly cost depends on its license only, so a license's
 * savings are its dormant count times its per-seat cost); the dormant seats themselves are counted,
 * filtered, sorted and paged in SQL.
 */
public class UtilizationQuery {
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
        DormantSql.Where w = DormantSql.where(DormancyFilter.all());
        return tx.read(session -> {
            NativeQuery<Object> q = session.createNativeQuery("select count(*)" + DormantSql.FROM + w.sql()
                + " and l.id = :license", Object.class);
            DormantSql.bind(q, w, cutoff);
            q.setParameter("license", licenseId);
            return ((Number) q.getSingleResult()).intValue();
        });
    }

    /** Yearly potential savings by license currency (for the spend dashboard). */
    public Map<String, BigDecimal> savingsByCurrency() {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (LicenseUtilization u : summary().ranking()) {
            if (u.dormant() > 0 && !u.savesNothing()) {
                sums.merge(u.currency(), u.savings(), BigDecimal::add);
            }
        }
        return sums;
    }

    /**
     * Ranking by fill with dormant counts and savings per license, the totals, and the dormant seats counted
     * by license, department and signal: one grouped pass over the seats plus the license list.
     */
    public UtilizationSummary summary() {
        CurrencyConverter rates = converter.snapshot();
        LocalDate cutoff = cutoff();
        DormantSql.Where w = DormantSql.where(DormancyFilter.all());
        return tx.read(session -> {
            NativeQuery<Object[]> counts = session.createNativeQuery("select a.license_id, l.product_id, pe.department, "
                + DormantSql.SIGNAL + ", count(*)" + DormantSql.FROM + w.sql()
                + " group by a.license_id, l.product_id, pe.department, " + DormantSql.SIGNAL, Object[].class);
            DormantSql.bind(counts, w, cutoff);
            Map<Long, Long> dormantByLicense = new HashMap<>();
            List<DormantGroup> groups = new ArrayList<>();
            for (Object[] r : counts.getResultList()) {
                DormantGroup g = new DormantGroup(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    Signal.valueOf((String) r[3]), ((Number) r[4]).longValue());
                groups.add(g);
                dormantByLicense.merge(g.licenseId(), g.seats(), Long::sum);
            }
            List<LicenseUtilization> ranking = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            TreeSet<String> missing = new TreeSet<>();
            long dormantSeats = 0;
            for (Object[] r : session.createNativeQuery("""
                    select l.id, p.name, l.name, p.publisher, l.seats_used, l.seats_total, l.seat_type, l.currency,
                           l.billing_cycle, l.cost_per_seat, l.total_cost, l.custom_annual_cost
                    from license l join product p on p.id = l.product_id
                    where l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL')
                    """, Object[].class).getResultList()) {
                long id = ((Number) r[0]).longValue();
                long dormant = dormantByLicense.getOrDefault(id, 0L);
                boolean unlimited = SeatType.UNLIMITED.name().equals(r[6]);
                int used = ((Number) r[4]).intValue();
                Integer seats = r[5] == null ? null : ((Number) r[5]).intValue();
                double fill = unlimited || seats == null || seats == 0 ? -1 : (double) used / seats;
                String currency = (String) r[7];
                BigDecimal perSeat = perSeat(r[8], r[9], r[10], r[11], seats, (String) r[6]);
                BigDecimal savings = perSeat == null ? BigDecimal.ZERO : perSeat.multiply(BigDecimal.valueOf(dormant));
                if (perSeat != null && dormant > 0) {
                    BigDecimal perSeatBase = rates.toBase(perSeat, currency).orElse(null);
                    if (perSeatBase == null) {
                        missing.add(currency);
                    } else {
                        total = total.add(perSeatBase.multiply(BigDecimal.valueOf(dormant)));
                    }
                }
                dormantSeats += dormant;
                ranking.add(new LicenseUtilization(id, (String) r[1], (String) r[2], (String) r[3], used, seats, fill,
                    dormant, savings, currency, rates.toBase(savings, currency).orElse(null),
                    dormant > 0 && perSeat == null));
            }
            ranking.sort(Comparator.comparingDouble(LicenseUtilization::fill).reversed()
                .thenComparing(LicenseUtilization::productName));
            return new UtilizationSummary(ranking, dormantSeats, rates.baseCurrency(), total, missing, List.copyOf(groups));
        });
    }

    /** The number of dormant seats that pass the filter. */
    public long countDormant(DormancyFilter filter) {
        LocalDate cutoff = cutoff();
        DormantSql.Where w = DormantSql.where(filter);
        return tx.read(session -> {
            NativeQuery<Object> q = session.createNativeQuery("select count(*)" + DormantSql.FROM + w.sql(), Object.class);
            DormantSql.bind(q, w, cutoff);
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    /**
     * One page of dormant seats, filtered and sorted in SQL: the page's seat ids are sorted and cut first,
     * then only those rows are read in full and put back in that order.
     */
    public List<DormantSeat> dormantPage(DormancyFilter filter, DormantSort sort, boolean ascending, int offset, int limit) {
        CurrencyConverter rates = converter.snapshot();
        LocalDate cutoff = cutoff();
        DormantSql.Where w = DormantSql.where(filter);
        String from = sort == DormantSort.LICENSE ? DormantSql.FROM_WITH_PRODUCT : DormantSql.FROM;
        return tx.read(session -> {
            NativeQuery<Object> ids = session.createNativeQuery("select a.id" + from + w.sql()
                + DormantSql.orderBy(sort, ascending), Object.class);
            DormantSql.bind(ids, w, cutoff);
            ids.setFirstResult(offset);
            ids.setMaxResults(limit);
            List<Long> pageIds = ids.getResultList().stream().map(o -> ((Number) o).longValue()).toList();
            if (pageIds.isEmpty()) {
                return new ArrayList<DormantSeat>();
            }
            Map<Long, DormantSeat> byId = new HashMap<>();
            for (int from0 = 0; from0 < pageIds.size(); from0 += 1000) {
                NativeQuery<Object[]> q = session.createNativeQuery(DormantSql.ROW_COLUMNS + DormantSql.FROM_WITH_PRODUCT
                    + " where a.id in (:ids)", Object[].class);
                q.setParameterList("ids", pageIds.subList(from0, Math.min(pageIds.size(), from0 + 1000)));
                for (Object[] r : q.getResultList()) {
                    DormantSeat seat = seat(r, rates);
                    byId.put(seat.assignmentId(), seat);
                }
            }
            List<DormantSeat> rows = new ArrayList<>(pageIds.size());
            for (Long id : pageIds) {
                DormantSeat seat = byId.get(id);
                if (seat != null) {
                    rows.add(seat);
                }
            }
            return rows;
        });
    }

    /** Departments of the holders of dormant seats, for the department filter. */
    public List<String> dormantDepartments() {
        LocalDate cutoff = cutoff();
        DormantSql.Where w = DormantSql.where(DormancyFilter.all());
        return tx.read(session -> {
            NativeQuery<Object> q = session.createNativeQuery("select distinct pe.department" + DormantSql.FROM + w.sql()
                + " and pe.department is not null order by pe.department", Object.class);
            DormantSql.bind(q, w, cutoff);
            return q.getResultList().stream().map(String::valueOf).toList();
        });
    }

    /** Totals and every dormant seat that passes the filter, by license then holder (small inventories, tests). */
    public UtilizationReport report(DormancyFilter filter) {
        UtilizationSummary s = summary();
        List<DormantSeat> dormant = dormantPage(filter, DormantSort.LICENSE, true, 0, Integer.MAX_VALUE);
        return new UtilizationReport(s.ranking(), dormant, s.baseCurrency(), s.totalSavingsBase(), s.missingRates());
    }

    private static BigDecimal perSeat(Object cycle, Object costPerSeat, Object totalCost, Object customAnnual,
                                      Integer seats, String seatType) {
        return CostMath.annualPerSeat(BillingCycle.valueOf((String) cycle), SqlValues.decimal(costPerSeat),
            SqlValues.decimal(totalCost), SqlValues.decimal(customAnnual), seats, SeatType.valueOf(seatType));
    }

    private static DormantSeat seat(Object[] r, CurrencyConverter rates) {
        Integer seats = r[14] == null ? null : ((Number) r[14]).intValue();
        BigDecimal perSeat = perSeat(r[10], r[11], r[12], r[13], seats, (String) r[15]);
        String currency = (String) r[16];
        BigDecimal base = perSeat == null ? null : rates.toBase(perSeat, currency).orElse(null);
        return new DormantSeat(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
            ((Number) r[4]).longValue(), (String) r[5], (String) r[6], (String) r[7], Signal.valueOf((String) r[8]),
            SqlValues.date(r[9]), perSeat, currency, base, perSeat == null);
    }
}
