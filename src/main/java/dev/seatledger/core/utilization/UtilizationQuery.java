package dev.seatledger.core.utilization;

import dev.seatledger.core.common.BaseSum;
import dev.seatledger.core.common.CurrencyConverter;
import dev.seatledger.core.common.IdOrder;
import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
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

    /**
     * Dormant seats per license, for every license that has any, in one grouped query (the renewal agenda's
     * suggested targets).
     */
    public Map<Long, Integer> dormantCountsByLicense() {
        LocalDate cutoff = cutoff();
        DormantSql.Where w = DormantSql.union(DormancyFilter.all(), "a.license_id", "");
        return tx.read(session -> {
            NativeQuery<Object[]> q = session.createNativeQuery("select x.license_id, count(*) from (" + w.sql()
                + ") x group by x.license_id", Object[].class);
            DormantSql.bind(q, w, cutoff);
            Map<Long, Integer> counts = new HashMap<>();
            for (Object[] r : q.getResultList()) {
                counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
            }
            return counts;
        });
    }

    /** Yearly potential savings by license currency: the dormant seats of each live license at its cost per seat. */
    public Map<String, BigDecimal> savingsByCurrency() {
        return savingsByCurrency(this::dormantCountsByLicense);
    }

    /**
     * The same from dormant counts already read (the spend dashboard reads them once for its agenda and its
     * savings): only the live licenses' costs are read here, and only when some license has dormant seats.
     */
    public Map<String, BigDecimal> savingsByCurrency(Supplier<Map<Long, Integer>> dormantByLicense) {
        Map<Long, Integer> dormant = dormantByLicense.get();
        Map<String, BigDecimal> sums = new TreeMap<>();
        if (dormant.isEmpty()) {
            return sums;
        }
        List<Object[]> licenses = tx.read(session -> session.createNativeQuery("select l.id, l.currency, l.billing_cycle,"
            + " l.cost_per_seat, l.total_cost, l.custom_annual_cost, l.seats_total, l.seat_type from license l where "
            + DormantSql.LIVE_LICENSE, Object[].class).getResultList());
        for (Object[] r : licenses) {
            int seats = dormant.getOrDefault(((Number) r[0]).longValue(), 0);
            BigDecimal perSeat = seats == 0 ? null
                : perSeat(r[2], r[3], r[4], r[5], r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7]);
            if (perSeat != null) {
                sums.merge((String) r[1], perSeat.multiply(BigDecimal.valueOf(seats)), BigDecimal::add);
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
        return tx.read(session -> {
            List<Object[]> licenses = session.createNativeQuery("""
                    select l.id, p.name, l.name, p.publisher, l.seats_used, l.seats_total, l.seat_type, l.currency,
                           l.billing_cycle, l.cost_per_seat, l.total_cost, l.custom_annual_cost, l.product_id
                    from license l join product p on p.id = l.product_id
                    where""" + " " + DormantSql.LIVE_LICENSE, Object[].class).getResultList();
            Map<Long, Long> productOf = new HashMap<>();
            for (Object[] r : licenses) {
                productOf.put(((Number) r[0]).longValue(), ((Number) r[12]).longValue());
            }
            // the dormant seats counted part by part from the index alone; seats of licenses that are not live
            // are dropped here
            Map<DormantGroup, Long> counted = new HashMap<>();
            for (DormantSql.Part part : DormantSql.dormantParts()) {
                NativeQuery<Object[]> counts = session.createNativeQuery("select a.license_id, a.holder_department,"
                    + " count(*)" + DormantSql.FROM + " where " + part.where()
                    + " group by a.license_id, a.holder_department", Object[].class);
                DormantSql.bind(counts, new DormantSql.Where(part.where(), Map.of()), cutoff);
                for (Object[] r : counts.getResultList()) {
                    long licenseId = ((Number) r[0]).longValue();
                    Long productId = productOf.get(licenseId);
                    if (productId != null) {
                        counted.merge(new DormantGroup(licenseId, productId, (String) r[1], part.signal(), part.source(), 0),
                            ((Number) r[2]).longValue(), Long::sum);
                    }
                }
            }
            Map<Long, Long> dormantByLicense = new HashMap<>();
            List<DormantGroup> groups = new ArrayList<>();
            counted.forEach((key, seats) -> {
                groups.add(new DormantGroup(key.licenseId(), key.productId(), key.department(), key.signal(), key.source(),
                    seats));
                dormantByLicense.merge(key.licenseId(), seats, Long::sum);
            });
            List<LicenseUtilization> ranking = new ArrayList<>();
            Map<String, BigDecimal> savingsByCurrency = new TreeMap<>();
            long dormantSeats = 0;
            for (Object[] r : licenses) {
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
                    savingsByCurrency.merge(currency, savings, BigDecimal::add);
                }
                dormantSeats += dormant;
                ranking.add(new LicenseUtilization(id, (String) r[1], (String) r[2], (String) r[3], used, seats, fill,
                    dormant, savings, currency, rates.toBase(savings, currency).orElse(null),
                    dormant > 0 && perSeat == null));
            }
            ranking.sort(Comparator.comparingDouble(LicenseUtilization::fill).reversed()
                .thenComparing(LicenseUtilization::productName));
            BaseSum total = BaseSum.of(savingsByCurrency, rates::toBaseUnrounded);
            return new UtilizationSummary(ranking, dormantSeats, rates.baseCurrency(), total.total(),
                new TreeSet<>(total.missing()), List.copyOf(groups));
        });
    }

    /** The number of dormant seats that pass the filter. */
    public long countDormant(DormancyFilter filter) {
        LocalDate cutoff = cutoff();
        DormantSql.Where w = DormantSql.union(filter, "a.id", "");
        return tx.read(session -> {
            NativeQuery<Object> q = session.createNativeQuery("select count(*) from (" + w.sql() + ") x", Object.class);
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
        DormantSql.Where w = orderedIds(filter, sort, ascending);
        return tx.read(session -> {
            NativeQuery<Object> ids = session.createNativeQuery(w.sql(), Object.class);
            DormantSql.bind(ids, w, cutoff);
            ids.setFirstResult(offset);
            ids.setMaxResults(limit);
            return rows(session, ids(ids), rates);
        });
    }

    /** The first {@code limit} dormant seats of one license by holder name, with their evidence (review packs). */
    public List<DormantSeat> dormantOfLicense(long licenseId, int limit) {
        CurrencyConverter rates = converter.snapshot();
        LocalDate cutoff = cutoff();
        DormantSql.Where w = DormantSql.where(DormancyFilter.all());
        return tx.read(session -> {
            NativeQuery<Object> ids = session.createNativeQuery("select a.id" + DormantSql.FROM + w.sql()
                + " and a.license_id = :license order by a.holder_key, a.id", Object.class);
            DormantSql.bind(ids, w, cutoff);
            ids.setParameter("license", licenseId);
            ids.setMaxResults(limit);
            return rows(session, ids(ids), rates);
        });
    }

    /** The ids of every dormant seat passing the filter, in the order of {@link #dormantPage}. */
    public long[] dormantOrder(DormancyFilter filter, DormantSort sort, boolean ascending) {
        LocalDate cutoff = cutoff();
        DormantSql.Where w = orderedIds(filter, sort, ascending);
        return tx.read(session -> {
            NativeQuery<Object> ids = session.createNativeQuery(w.sql(), Object.class);
            DormantSql.bind(ids, w, cutoff);
            try (var stream = ids.getResultStream()) {
                return stream.mapToLong(o -> ((Number) o).longValue()).toArray();
            }
        });
    }

    /** The given dormant seats in full, in the order of the ids. */
    public List<DormantSeat> dormantRows(List<Long> ids) {
        CurrencyConverter rates = converter.snapshot();
        return tx.read(session -> rows(session, ids, rates));
    }

    /** The query selecting the ids of the dormant seats passing the filter, sorted. */
    private static DormantSql.Where orderedIds(DormancyFilter filter, DormantSort sort, boolean ascending) {
        if (sort == DormantSort.LICENSE) {
            DormantSql.Where w = DormantSql.where(filter);
            return new DormantSql.Where("select a.id" + DormantSql.FROM_WITH_PRODUCT + w.sql()
                + DormantSql.orderBy(sort, ascending), w.params());
        }
        DormantSql.Where w = DormantSql.union(filter, DormantSql.keyColumns(sort), "");
        return new DormantSql.Where("select x.id from (" + w.sql() + ") x" + DormantSql.unionOrderBy(sort, ascending),
            w.params());
    }

    /**
     * The same page, using the summary's dormant counts per license when sorting by license: the licenses
     * are walked in product-name order to the one holding row {@code offset}, and only the seats of the
     * licenses on the page are read, each license's from the holder-name index, instead of sorting every
     * dormant seat by product name. Other sorts, and a call without a summary, sort in SQL.
     */
    public List<DormantSeat> dormantPage(DormancyFilter filter, DormantSort sort, boolean ascending, int offset, int limit,
                                         UtilizationSummary known) {
        if (sort != DormantSort.LICENSE || known == null) {
            return dormantPage(filter, sort, ascending, offset, limit);
        }
        Map<Long, Long> counts = known.countByLicense(filter);
        Comparator<LicenseUtilization> byProduct = Comparator.comparing(
            (LicenseUtilization u) -> u.productName().toLowerCase(Locale.ROOT)).thenComparingLong(LicenseUtilization::licenseId);
        List<LicenseUtilization> order = known.ranking().stream()
            .filter(u -> counts.getOrDefault(u.licenseId(), 0L) > 0)
            .sorted(ascending ? byProduct : byProduct.reversed()).toList();
        CurrencyConverter rates = converter.snapshot();
        LocalDate cutoff = cutoff();
        DormantSql.Where w = DormantSql.where(filter);
        return tx.read(session -> {
            List<Long> pageIds = new ArrayList<>();
            long skip = offset;
            for (LicenseUtilization u : order) {
                long n = counts.get(u.licenseId());
                if (skip >= n) {
                    skip -= n;
                    continue;
                }
                NativeQuery<Object> ids = session.createNativeQuery("select a.id" + DormantSql.FROM + w.sql()
                    + " and a.license_id = :license order by a.holder_key" + (ascending ? " asc" : " desc")
                    + " nulls last, a.id", Object.class);
                DormantSql.bind(ids, w, cutoff);
                ids.setParameter("license", u.licenseId());
                ids.setFirstResult((int) skip);
                ids.setMaxResults(limit - pageIds.size());
                pageIds.addAll(ids(ids));
                skip = 0;
                if (pageIds.size() >= limit) {
                    break;
                }
            }
            return rows(session, pageIds, rates);
        });
    }

    private static List<Long> ids(NativeQuery<Object> q) {
        return q.getResultList().stream().map(o -> ((Number) o).longValue()).toList();
    }

    /** The full rows of the given seats, in the order of the ids. */
    private static List<DormantSeat> rows(org.hibernate.Session session, List<Long> pageIds, CurrencyConverter rates) {
        if (pageIds.isEmpty()) {
            return new ArrayList<>();
        }
        List<DormantSeat> read = new ArrayList<>(pageIds.size());
        for (int from0 = 0; from0 < pageIds.size(); from0 += 1000) {
            NativeQuery<Object[]> q = session.createNativeQuery(DormantSql.ROW_COLUMNS + DormantSql.FROM_ROWS
                + " where a.id in (:ids)", Object[].class);
            q.setParameterList("ids", pageIds.subList(from0, Math.min(pageIds.size(), from0 + 1000)));
            for (Object[] r : q.getResultList()) {
                read.add(seat(r, rates));
            }
        }
        return IdOrder.arrange(pageIds, read, DormantSeat::assignmentId);
    }

    /** Departments of the holders of dormant seats, for the department filter. */
    public List<String> dormantDepartments() {
        LocalDate cutoff = cutoff();
        DormantSql.Where w = DormantSql.union(DormancyFilter.all(), "a.holder_department d",
            " and a.holder_department is not null");
        return tx.read(session -> {
            NativeQuery<Object> q = session.createNativeQuery("select distinct x.d from (" + w.sql() + ") x order by x.d",
                Object.class);
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
            SqlValues.date(r[9]), perSeat, currency, base, perSeat == null, UsageSource.ofColumn((String) r[17]),
            UsageFormat.ofCode((String) r[18]));
    }
}
