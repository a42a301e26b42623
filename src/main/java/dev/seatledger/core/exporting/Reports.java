package dev.seatledger.core.exporting;

import dev.seatledger.core.finance.Agenda;
import dev.seatledger.core.finance.AgendaRow;
import dev.seatledger.core.finance.MissingRate;
import dev.seatledger.core.finance.MonthAmount;
import dev.seatledger.core.finance.Slice;
import dev.seatledger.core.finance.SpendDashboard;
import dev.seatledger.core.utilization.LicenseUtilization;
import dev.seatledger.core.utilization.UtilizationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The utilization, spend and renewals reports as tables (for CSV) and as trees (for JSON). */
public final class Reports {
    private Reports() {
    }

    public static ReportTable utilization(UtilizationReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (LicenseUtilization u : r.ranking()) {
            rows.add(Arrays.asList(u.licenseId(), u.productName(), u.licenseName(), u.publisher(), u.used(), u.total(),
                u.fill() < 0 ? null : BigDecimal.valueOf(u.fill() * 100).setScale(1, RoundingMode.HALF_UP), u.dormant(),
                u.savings(), u.currency(), u.savingsBase(), r.baseCurrency()));
        }
        return new ReportTable(List.of("licenseId", "product", "license", "publisher", "seatsUsed", "seatsTotal",
            "fillPercent", "dormantSeats", "potentialSavings", "currency", "potentialSavingsBase", "baseCurrency"),
            List.of("License ID", "Product", "License Name", "Publisher", "Seats Used", "Seats", "Fill %",
                "Dormant Seats", "Potential Savings", "Currency", "Potential Savings (base)", "Base Currency"), rows);
    }

    public static Map<String, Object> utilizationJson(UtilizationReport r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("baseCurrency", r.baseCurrency());
        o.put("potentialSavingsBase", r.totalSavingsBase());
        o.put("missingRates", List.copyOf(r.missingRates()));
        o.put("licenses", utilization(r).objects());
        return o;
    }

    /** Spend as lines of section, name, amount: run rate, by category, publisher and owner, the monthly forecast. */
    public static ReportTable spend(SpendDashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("runRate", "", d.runRate(), d.base()));
        slices(rows, "category", d.byCategory(), d.base());
        slices(rows, "publisher", d.byPublisher(), d.base());
        slices(rows, "owner", d.byOwner(), d.base());
        for (MonthAmount m : d.forecast()) {
            rows.add(Arrays.asList("forecast", m.month().toString(), m.amount(), d.base()));
        }
        rows.add(Arrays.asList("forecastTotal", "", d.forecastTotal(), d.base()));
        if (d.savings() != null) {
            rows.add(Arrays.asList("potentialSavings", "", d.savings(), d.base()));
        }
        for (MissingRate m : d.missing()) {
            rows.add(Arrays.asList("noExchangeRate", m.count() + " amounts", m.amount(), m.currency()));
        }
        return new ReportTable(List.of("section", "name", "amount", "currency"),
            List.of("Section", "Name", "Amount", "Currency"), rows);
    }

    private static void slices(List<List<Object>> rows, String section, List<Slice> slices, String base) {
        slices.forEach(s -> rows.add(Arrays.asList(section, s.name(), s.amount(), base)));
    }

    public static Map<String, Object> spendJson(SpendDashboard d) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("baseCurrency", d.base());
        o.put("runRate", d.runRate());
        o.put("licenses", d.licenses());
        o.put("byCategory", sliceObjects(d.byCategory()));
        o.put("byPublisher", sliceObjects(d.byPublisher()));
        o.put("byOwner", sliceObjects(d.byOwner()));
        o.put("forecast", d.forecast().stream().map(m -> Map.of("month", m.month().toString(), "amount", m.amount()))
            .toList());
        o.put("forecastTotal", d.forecastTotal());
        o.put("largestRenewals", agendaRows(d.largestRenewals()).objects());
        o.put("potentialSavings", d.savings());
        o.put("missingRates", missing(d.missing()));
        return o;
    }

    private static List<Map<String, Object>> sliceObjects(List<Slice> slices) {
        return slices.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("amount", s.amount());
            return m;
        }).toList();
    }

    static List<Map<String, Object>> missing(List<MissingRate> missing) {
        return missing.stream().map(m -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("currency", m.currency());
            o.put("amount", m.amount());
            o.put("count", m.count());
            return o;
        }).toList();
    }

    static ReportTable agendaRows(List<AgendaRow> agenda) {
        List<List<Object>> rows = new ArrayList<>();
        for (AgendaRow r : agenda) {
            rows.add(Arrays.asList(r.licenseId(), r.date(), r.kind(), r.product(), r.licenseName(), r.owner(), r.status(),
                r.autoRenew(), r.noticeDays(), r.cost(), r.currency(), r.costBase(), r.seatsTotal(), r.seatsUsed(),
                r.suggestedSeats(), r.decisionOrUndecided(), r.targetSeats(), r.notes()));
        }
        List<String> keys = List.of("licenseId", "date", "kind", "product", "license", "owner", "status", "autoRenew",
            "noticeDays", "annualCost", "currency", "annualCostBase", "seatsTotal", "seatsUsed", "suggestedSeats",
            "decision", "targetSeats", "notes");
        return new ReportTable(keys, keys, rows);
    }

    public static Map<String, Object> renewalsJson(Agenda a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("baseCurrency", a.base());
        o.put("today", a.today().toString());
        o.put("until", a.until().toString());
        o.put("totalBase", a.totalBase());
        o.put("missingRates", missing(a.missing()));
        o.put("dates", agendaRows(a.rows()).objects());
        return o;
    }
}
