package dev.seatledger.core.finance;

import dev.seatledger.core.common.BaseSum;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.query.NativeQuery;

/**
 * Read side of finance: the spend dashboard, the renewals agenda and the calendar's dates. Reads one
 * projection of the live licenses (archived ones never count) and converts with the user's rates.
 */
public class FinanceQuery {
    public static final int AGENDA_DAYS = 90;
    public static final int FORECAST_MONTHS = 12;
    public static final int LARGEST_RENEWALS = 10;
    /** Statuses whose expiry date is on the agenda. */
    public static final Set<LicenseStatus> EXPIRY_STATUSES =
        EnumSet.of(LicenseStatus.ACTIVE, LicenseStatus.TRIAL, LicenseStatus.PENDING_RENEWAL);
    /** Statuses whose renewal date is on the agenda, and whose cost counts as spend. */
    public static final Set<LicenseStatus> RENEWAL_STATUSES =
        EnumSet.of(LicenseStatus.ACTIVE, LicenseStatus.PENDING_RENEWAL);

    private static final String PERIOD_TOTAL =
        "coalesce(l.total_cost, case when l.seat_type <> 'UNLIMITED' then l.cost_per_seat * l.seats_total end)";

    private final Transactions tx;
    private final Clock clock;
    private final SavingsSource savings;
    private final DormantSeatSource dormant;
    /** Reads kept for the life of this object when it shares them (see {@link #sharedReads()}); null otherwise. */
    private final SharedReads shared;

    public FinanceQuery(Transactions tx, Clock clock, SavingsSource savings, DormantSeatSource dormant) {
        this(tx, clock, savings, dormant, null);
    }

    private FinanceQuery(Transactions tx, Clock clock, SavingsSource savings, DormantSeatSource dormant,
                         SharedReads shared) {
        this.tx = tx;
        this.clock = clock;
        this.savings = savings;
        this.dormant = dormant;
        this.shared = shared;
    }

    /**
     * The same queries, reading the live licenses, the rates to each base currency and the dormant seats once
     * for every figure asked of the returned object: what the Renewals tab uses when it reads its dashboard,
     * agenda and calendar together. Keep it only as long as those reads belong together; a later refresh takes
     * a new one.
     */
    public FinanceQuery sharedReads() {
        return new FinanceQuery(tx, clock, savings, dormant, new SharedReads());
    }

    /** The memo behind {@link #sharedReads()}; a pane asking while another reads waits for that read. */
    private static final class SharedReads {
        private final Map<String, ExchangeRates> rates = new HashMap<>();
        private List<FinanceLicense> licenses;
        private Map<Long, Integer> dormant;
        private TermSchedules schedules;

        synchronized ExchangeRates rates(String base, java.util.function.Function<String, ExchangeRates> read) {
            return rates.computeIfAbsent(base, read);
        }

        synchronized List<FinanceLicense> licenses(Supplier<List<FinanceLicense>> read) {
            if (licenses == null) {
                licenses = List.copyOf(read.get());
            }
            return licenses;
        }

        synchronized TermSchedules schedules(Supplier<TermSchedules> read) {
            if (schedules == null) {
                schedules = read.get();
            }
            return schedules;
        }

        synchronized Map<Long, Integer> dormant(DormantSeatSource read) {
            if (dormant == null) {
                dormant = Map.copyOf(read.dormantSeatsByLicense());
            }
            return dormant;
        }
    }

    private ExchangeRates ratesFor(String base) {
        return shared == null ? rates(base) : shared.rates(base, this::rates);
    }

    /** The licenses whose dates are on the agenda (the dashboard reads the same ones). */
    private List<FinanceLicense> agendaLicenses() {
        return shared == null ? licenses(EXPIRY_STATUSES) : shared.licenses(() -> licenses(EXPIRY_STATUSES));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The user's rates to {@code base}. */
    public ExchangeRates rates(String base) {
        return tx.read(session -> {
            Map<String, BigDecimal> map = new HashMap<>();
            session.createSelectionQuery("from ExchangeRate r where r.baseCurrency = :b", ExchangeRate.class)
                .setParameter("b", base)
                .getResultList()
                .forEach(r -> map.put(r.getCurrency(), r.getRate()));
            return new ExchangeRates(base, map);
        });
    }

    /** Live licenses with one of the given statuses. */
    public List<FinanceLicense> licenses(Set<LicenseStatus> statuses) {
        String sql = "select l.id, p.name, p.publisher, p.category, l.name, l.business_owner, l.status, l.seat_type,"
            + " l.seats_total, l.seats_used, " + PERIOD_TOTAL + ", l.custom_annual_cost, l.currency, l.billing_cycle,"
            + " l.purchase_date, l.start_date, l.expiry_date, l.renewal_date, l.auto_renew, l.renewal_notice_days,"
            + " d.decision, d.target_seats, d.notes"
            + " from license l join product p on p.id = l.product_id"
            + " left join renewal_decision d on d.license_id = l.id"
            + " where l.archived_at is null and l.status in (:statuses) order by p.name, l.name, l.id";
        List<String> names = statuses.stream().map(Enum::name).toList();
        return tx.read(session -> {
            NativeQuery<Object[]> q = session.createNativeQuery(sql, Object[].class);
            q.setParameterList("statuses", names);
            return q.getResultList().stream().map(FinanceQuery::toLicense).toList();
        });
    }

    public SpendDashboard dashboard(String base) {
        ExchangeRates rates = ratesFor(base);
        List<FinanceLicense> all = agendaLicenses();
        Supplier<Map<Long, Integer>> dormantByLicense = dormantCounts();
        LocalDate today = today();
        BaseTotal runRate = new BaseTotal(rates);
        Map<String, BigDecimal> category = new HashMap<>();
        Map<String, BigDecimal> publisher = new HashMap<>();
        Map<String, BigDecimal> owner = new HashMap<>();
        YearMonth first = YearMonth.from(today);
        Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
        for (int i = 0; i < FORECAST_MONTHS; i++) {
            months.put(first.plusMonths(i), BigDecimal.ZERO);
        }
        BaseTotal forecastTotal = new BaseTotal(rates);
        TermSchedules schedules = shared == null ? TermSchedules.read(tx) : shared.schedules(() -> TermSchedules.read(tx));
        int counted = 0;
        for (FinanceLicense l : all) {
            if (!RENEWAL_STATUSES.contains(l.status())) {
                continue;
            }
            counted++;
            BigDecimal annual = l.terms().annualized();
            if (annual != null && runRate.add(annual, l.currency())) {
                BigDecimal inBase = rates.convert(annual, l.currency()).orElseThrow();
                category.merge(label(l.category()), inBase, BigDecimal::add);
                publisher.merge(label(l.publisher()), inBase, BigDecimal::add);
                owner.merge(label(l.owner()), inBase, BigDecimal::add);
            }
            for (Payment p : schedules.payments(l, first, FORECAST_MONTHS)) {
                if (forecastTotal.add(p.amount(), l.currency())) {
                    months.merge(YearMonth.from(p.date()), rates.convert(p.amount(), l.currency()).orElseThrow(),
                        BigDecimal::add);
                }
            }
        }
        List<MonthAmount> forecast = new ArrayList<>();
        months.forEach((m, a) -> forecast.add(new MonthAmount(m, round(a))));

        Agenda upcoming = agenda(base, rates, all, today, today.plusDays(AGENDA_DAYS), null, dormantByLicense);
        Set<Long> seen = new HashSet<>();
        List<AgendaRow> largest = upcoming.rows().stream()
            .filter(r -> !r.overdue(today) && r.costBase() != null && seen.add(r.licenseId()))
            .sorted(Comparator.comparing(AgendaRow::costBase).reversed().thenComparing(AgendaRow::date))
            .limit(LARGEST_RENEWALS)
            .toList();

        Map<String, MissingRate> missing = new LinkedHashMap<>();
        runRate.missing().forEach(m -> missing.put(m.currency(), m));
        forecastTotal.missing().forEach(m -> missing.putIfAbsent(m.currency(), m));

        Map<String, BigDecimal> potential = savings.potentialSavings(dormantByLicense);
        BigDecimal savingsBase = null;
        if (potential != null && !potential.isEmpty()) {
            savingsBase = BaseSum.of(potential, rates::convert).total();
            BaseTotal s = new BaseTotal(rates);
            potential.forEach((c, a) -> s.add(a, c));
            s.missing().forEach(m -> missing.putIfAbsent(m.currency(), m));
        }
        return new SpendDashboard(base, runRate.total(), counted, slices(category), slices(publisher), slices(owner),
            forecast, forecastTotal.total(), largest, List.copyOf(missing.values()), savingsBase);
    }

    /** The agenda: everything overdue plus the next {@value #AGENDA_DAYS} days, optionally one decision only. */
    public Agenda agenda(String base, Decision decision) {
        LocalDate today = today();
        return agenda(base, ratesFor(base), agendaLicenses(), today, today.plusDays(AGENDA_DAYS), decision, dormantCounts());
    }

    /** Expiry and renewal dates between two dates (inclusive), for the calendar and the .ics export. */
    public List<AgendaRow> dates(String base, LocalDate from, LocalDate to) {
        return agenda(base, ratesFor(base), agendaLicenses(), today(), to, null, dormantCounts()).rows().stream()
            .filter(r -> !r.date().isBefore(from))
            .toList();
    }

    private Agenda agenda(String base, ExchangeRates rates, List<FinanceLicense> licenses, LocalDate today,
                          LocalDate until, Decision decision, Supplier<Map<Long, Integer>> dormantByLicense) {
        List<AgendaRow> rows = new ArrayList<>();
        BaseTotal total = new BaseTotal(rates);
        Set<Long> counted = new HashSet<>();
        for (FinanceLicense l : licenses) {
            Decision d = l.decision() == null ? Decision.UNDECIDED : l.decision();
            if (decision != null && decision != d) {
                continue;
            }
            CostTerms t = l.terms();
            if (t.expiryDate() != null && !t.expiryDate().isAfter(until) && EXPIRY_STATUSES.contains(l.status())) {
                rows.add(row(l, AgendaKind.EXPIRY, t.expiryDate(), rates, dormantByLicense));
            }
            if (t.renewalDate() != null && !t.renewalDate().isAfter(until) && RENEWAL_STATUSES.contains(l.status())) {
                rows.add(row(l, AgendaKind.RENEWAL, t.renewalDate(), rates, dormantByLicense));
            }
        }
        rows.sort(Comparator.comparing(AgendaRow::date).thenComparing(AgendaRow::product)
            .thenComparing(AgendaRow::licenseId).thenComparing(AgendaRow::kind));
        for (AgendaRow r : rows) {
            if (counted.add(r.licenseId())) {
                total.add(r.cost(), r.currency());
            }
        }
        return new Agenda(base, today, until, List.copyOf(rows), total.total(), total.missing());
    }

    private static AgendaRow row(FinanceLicense l, AgendaKind kind, LocalDate date, ExchangeRates rates,
                                 Supplier<Map<Long, Integer>> dormantByLicense) {
        BigDecimal cost = l.terms().reviewCost();
        return new AgendaRow(l.id(), kind, date, l.product(), l.licenseName(), l.owner(), l.status(),
            l.terms().autoRenew(), l.noticeDays(), cost, l.currency(),
            cost == null ? null : rates.toBaseOrNull(cost, l.currency()),
            l.seatsTotal(), l.seatsUsed(), suggestedSeats(l, dormantByLicense), l.decision(), l.targetSeats(), l.notes());
    }

    /** Suggested renewal target: the used seats minus the dormant ones; none for unlimited licenses. */
    private static Integer suggestedSeats(FinanceLicense l, Supplier<Map<Long, Integer>> dormantByLicense) {
        if (l.seatType() == SeatType.UNLIMITED) {
            return null;
        }
        return Math.max(0, l.seatsUsed() - dormantByLicense.get().getOrDefault(l.id(), 0));
    }

    /**
     * The dormant counts of every license, read once for the whole agenda or dashboard (and once for every figure
     * of shared reads), and only if something needs them.
     */
    private Supplier<Map<Long, Integer>> dormantCounts() {
        SharedReads reads = shared != null ? shared : new SharedReads();
        return () -> reads.dormant(dormant);
    }

    private static String label(String name) {
        return name == null || name.isBlank() ? Messages.get("finance.unassigned") : name;
    }

    private static List<Slice> slices(Map<String, BigDecimal> map) {
        return map.entrySet().stream()
            .map(e -> new Slice(e.getKey(), round(e.getValue())))
            .sorted(Comparator.comparing(Slice::amount).reversed().thenComparing(Slice::name))
            .toList();
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static FinanceLicense toLicense(Object[] r) {
        CostTerms terms = new CostTerms(BillingCycle.valueOf((String) r[13]), money(r[10]), money(r[11]),
            date(r[14]), date(r[15]), date(r[16]), date(r[17]), (Boolean) r[18]);
        return new FinanceLicense(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
            (String) r[4], (String) r[5], LicenseStatus.valueOf((String) r[6]), SeatType.valueOf((String) r[7]),
            r[8] == null ? null : ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), (String) r[12], terms,
            ((Number) r[19]).intValue(), r[20] == null ? null : Decision.valueOf((String) r[20]),
            r[21] == null ? null : ((Number) r[21]).intValue(), (String) r[22]);
    }

    private static BigDecimal money(Object o) {
        if (o == null) {
            return null;
        }
        BigDecimal b = o instanceof BigDecimal bd ? bd : new BigDecimal(o.toString());
        return b.setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }
}
