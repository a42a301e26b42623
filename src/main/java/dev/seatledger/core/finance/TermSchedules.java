package dev.seatledger.core.finance;

import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.TermFigures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cash-out of licenses that were renewed or grown (ADR 0045): each term pays at its own price from its own start
 * until its end, and each amendment pays its prorated cost once, on its date. Licenses with one term and no amendment
 * are placed from the license row as before (ADR 0012); only the others' terms are read.
 */
final class TermSchedules {
    private static final String TERMS = "select t.license_id, t.term_no, t.start_date, t.end_date, t.seats_total,"
        + " t.cost_per_seat, t.total_cost, t.custom_annual_cost, t.currency, t.billing_cycle from license_term t"
        + " where t.license_id in (select x.license_id from license_term x group by x.license_id having count(*) > 1"
        + " union select a.license_id from license_amendment a) order by t.license_id, t.term_no";
    private static final String AMENDMENTS = "select a.license_id, a.effective_date, a.prorated_cost from license_amendment a"
        + " where a.prorated_cost is not null";

    private final Map<Long, List<TermFigures>> terms;
    private final Map<Long, List<Payment>> amendments;

    private TermSchedules(Map<Long, List<TermFigures>> terms, Map<Long, List<Payment>> amendments) {
        this.terms = terms;
        this.amendments = amendments;
    }

    static TermSchedules read(Transactions tx) {
        return tx.read(session -> {
            Map<Long, List<TermFigures>> terms = new HashMap<>();
            for (Object[] r : session.createNativeQuery(TERMS, Object[].class).getResultList()) {
                terms.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new TermFigures(
                    ((Number) r[1]).intValue(), SqlValues.date(r[2]), SqlValues.date(r[3]),
                    r[4] == null ? null : ((Number) r[4]).intValue(), SqlValues.decimal(r[5]), SqlValues.decimal(r[6]),
                    SqlValues.decimal(r[7]), (String) r[8], BillingCycle.valueOf((String) r[9])));
            }
            Map<Long, List<Payment>> amendments = new HashMap<>();
            for (Object[] r : session.createNativeQuery(AMENDMENTS, Object[].class).getResultList()) {
                amendments.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Payment(SqlValues.date(r[1]), SqlValues.decimal(r[2])));
            }
            return new TermSchedules(terms, amendments);
        });
    }

    /** The license's payments in the window, in its currency. */
    List<Payment> payments(FinanceLicense l, YearMonth first, int months) {
        List<TermFigures> own = terms.get(l.id());
        if (own == null) {
            return CashOutForecast.payments(l.terms(), first, months);
        }
        CostTerms row = l.terms();
        List<Payment> out = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            TermFigures t = own.get(i);
            boolean last = i == own.size() - 1;
            BigDecimal period = t.periodTotal(l.seatType());
            CostTerms term = new CostTerms(t.cycle(), period, t.customAnnual(), i == 0 ? row.purchaseDate() : null,
                t.start(), t.end(), last ? row.renewalDate() : null, last && row.autoRenew());
            out.addAll(CashOutForecast.payments(term, first, months));
        }
        java.time.LocalDate from = first.atDay(1);
        java.time.LocalDate to = first.plusMonths(months - 1L).atEndOfMonth();
        for (Payment p : amendments.getOrDefault(l.id(), List.of())) {
            if (!p.date().isBefore(from) && !p.date().isAfter(to)) {
                out.add(p);
            }
        }
        return out;
    }
}
