package dev.seatledger.core.renewal;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.finance.AgendaRow;
import dev.seatledger.core.finance.BaseTotal;
import dev.seatledger.core.finance.Decision;
import dev.seatledger.core.finance.ExchangeRates;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.PriceHistory;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.license.TermQuery;
import dev.seatledger.core.utilization.RealUse;
import dev.seatledger.core.utilization.UtilizationQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Gathers a renewal review pack (see {@link ReviewPack}): a handful of grouped reads, then each license's dormant seats. */
public class ReviewPackQuery {
    /** Dormant seats listed per license; the pack says how many more there are. */
    public static final int DORMANT_LISTED = 100;

    private static final String LICENSES = "select l.id, p.name, l.name, l.business_owner, l.vendor, l.status,"
        + " l.seat_type, l.seats_total, l.seats_used, l.currency, l.expiry_date, l.renewal_date, l.billing_cycle,"
        + " l.cost_per_seat, l.total_cost, l.custom_annual_cost, d.decision, d.target_seats, d.price_change_pct, d.notes"
        + " from license l join product p on p.id = l.product_id left join renewal_decision d on d.license_id = l.id"
        + " where l.id in (:ids)";
    private static final String ACTIVE = RealUse.countsByLicense(" and a.license_id in (:ids)");

    private final Transactions tx;
    private final Clock clock;
    private final TermQuery terms;
    private final UtilizationQuery utilization;
    private final FinanceQuery finance;

    public ReviewPackQuery(Transactions tx, Clock clock, TermQuery terms, UtilizationQuery utilization,
                           FinanceQuery finance) {
        this.tx = tx;
        this.clock = clock;
        this.terms = terms;
        this.utilization = utilization;
        this.finance = finance;
    }

    /** The pack of one license ({@code licenseId}), or of every license renewing in the next 90 days (null). */
    public ReviewPack pack(String base, Long licenseId) {
        return pack(base, licenseId, Progress.NONE);
    }

    /** As {@link #pack(String, Long)}, telling {@code progress} of each license read; a cancel stops between licenses. */
    public ReviewPack pack(String base, Long licenseId, Progress progress) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(FinanceQuery.AGENDA_DAYS);
        List<Long> ids = new ArrayList<>();
        if (licenseId != null) {
            ids.add(licenseId);
        } else {
            LinkedHashSet<Long> renewing = new LinkedHashSet<>();
            for (AgendaRow r : finance.agenda(base, null).rows()) {
                if (!r.overdue(today)) {
                    renewing.add(r.licenseId());
                }
            }
            ids.addAll(renewing);
        }
        ExchangeRates rates = finance.rates(base);
        BaseTotal yearly = new BaseTotal(rates);
        BaseTotal dormantYearly = new BaseTotal(rates);
        List<ReviewItem> items = new ArrayList<>();
        Map<Long, Integer> dormantCounts = ids.isEmpty() ? Map.of() : utilization.dormantCountsByLicense();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            Map<Long, Object[]> rows = new HashMap<>();
            Map<Long, Long> active = new HashMap<>();
            tx.read(session -> {
                session.createNativeQuery(LICENSES, Object[].class).setParameterList("ids", part).getResultList()
                    .forEach(r -> rows.put(((Number) r[0]).longValue(), r));
                session.createNativeQuery(ACTIVE, Object[].class).setParameterList("ids", part)
                    .setParameter("cutoff", Date.valueOf(utilization.cutoff())).getResultList()
                    .forEach(r -> active.merge(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), Long::sum));
                return null;
            });
            Map<Long, PriceHistory> histories = terms.histories(part);
            for (long id : part) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                progress.update(items.size(), ids.size());
                Object[] r = rows.get(id);
                if (r == null) {
                    throw ValidationException.of("license", Messages.get("term.license.unknown", id));
                }
                ReviewItem item = item(r, histories.get(id), active.getOrDefault(id, 0L),
                    dormantCounts.getOrDefault(id, 0), rates);
                yearly.add(item.yearly(), item.currency());
                dormantYearly.add(item.dormantYearly(), item.currency());
                items.add(item);
            }
        }
        progress.update(ids.size(), ids.size());
        List<dev.seatledger.core.finance.MissingRate> missing = new ArrayList<>(yearly.missing());
        return new ReviewPack(base, today, until, licenseId != null, List.copyOf(items), yearly.total(),
            dormantYearly.total(), missing);
    }

    private ReviewItem item(Object[] r, PriceHistory history, long active, int dormant, ExchangeRates rates) {
        long id = ((Number) r[0]).longValue();
        SeatType type = SeatType.valueOf((String) r[6]);
        Integer seats = r[7] == null ? null : ((Number) r[7]).intValue();
        int used = ((Number) r[8]).intValue();
        String currency = (String) r[9];
        BillingCycle cycle = BillingCycle.valueOf((String) r[12]);
        BigDecimal perSeat = SqlValues.decimal(r[13]);
        BigDecimal total = SqlValues.decimal(r[14]);
        BigDecimal custom = SqlValues.decimal(r[15]);
        BigDecimal annual = CostMath.annualized(cycle, CostMath.periodTotal(perSeat, total, seats, type), custom);
        BigDecimal annualPerSeat = CostMath.annualPerSeat(cycle, perSeat, total, custom, seats, type);
        BigDecimal dormantYearly = annualPerSeat == null ? null
            : annualPerSeat.multiply(BigDecimal.valueOf(dormant)).setScale(2, RoundingMode.HALF_UP);
        Integer suggested = type == SeatType.UNLIMITED ? null : Math.max(0, used - dormant);
        return new ReviewItem(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
            LicenseStatus.valueOf((String) r[5]), type, SqlValues.date(r[10]), SqlValues.date(r[11]), history, seats, used,
            active, dormant, dormant == 0 ? List.of() : utilization.dormantOfLicense(id, DORMANT_LISTED), suggested,
            r[16] == null ? Decision.UNDECIDED : Decision.valueOf((String) r[16]),
            r[17] == null ? null : ((Number) r[17]).intValue(), SqlValues.decimal(r[18]), (String) r[19], annual,
            dormantYearly, currency, annual == null ? null : rates.toBaseOrNull(annual, currency),
            dormantYearly == null ? null : rates.toBaseOrNull(dormantYearly, currency));
    }
}
