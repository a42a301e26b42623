package dev.seatledger.core.exporting;

import dev.seatledger.core.compliance.CompliancePosition;
import dev.seatledger.core.compliance.ComplianceRow;
import dev.seatledger.core.compliance.Showback;
import dev.seatledger.core.compliance.ShowbackGrouping;
import dev.seatledger.core.finance.MissingRate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The compliance position and showback as tables (CSV, a column per figure) and as trees (JSON). */
public final class PositionReports {
    private PositionReports() {
    }

    /** One row per product and seat type; amounts in the base currency named in {@code currency}. */
    public static ReportTable compliance(CompliancePosition p) {
        List<List<Object>> rows = new ArrayList<>();
        for (ComplianceRow r : p.rows()) {
            rows.add(Arrays.asList(r.product(), r.seatType(), r.entitled(), r.assigned(), r.installed(), r.active(),
                r.shortfall(), r.surplus(), r.exposure(), r.shelfware(), p.baseCurrency(), r.yearlyPerSeat(), r.licenses(),
                r.apart()));
        }
        List<String> keys = List.of("product", "seatType", "entitled", "assigned", "installed", "active", "shortfall",
            "surplus", "exposure", "shelfware", "currency", "yearlyPricePerSeat", "licenses", "shownApart");
        return new ReportTable(keys, keys, rows);
    }

    public static Map<String, Object> complianceJson(CompliancePosition p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("baseCurrency", p.baseCurrency());
        o.put("today", p.today().toString());
        o.put("activeSince", p.cutoff().toString());
        o.put("exposure", p.exposure());
        o.put("shelfware", p.shelfware());
        o.put("missingRates", Reports.missing(p.missing()));
        o.put("products", compliance(p).objects());
        return o;
    }

    private static String key(ShowbackGrouping by) {
        return by == ShowbackGrouping.COST_CENTRE ? "costCentre" : "department";
    }

    /**
     * Lines of section, group, seats, yearly cost, currency, rate: one "department" (or "costCentre") line per group,
     * then "unallocated" and "runRate" in the base currency, a "rate" line per currency converted, and a "noRate" line
     * per currency left out (its amount in that currency).
     */
    public static ReportTable showback(Showback b) {
        List<List<Object>> rows = new ArrayList<>();
        String section = key(b.grouping());
        for (Showback.ShowbackLine l : b.lines()) {
            rows.add(Arrays.asList(section, l.name(), l.seats(), l.yearlyCost(), b.baseCurrency(), null));
        }
        rows.add(Arrays.asList("unallocated", null, b.unallocated().seats(), b.unallocated().yearlyCost(),
            b.baseCurrency(), null));
        rows.add(Arrays.asList("runRate", null, null, b.runRate(), b.baseCurrency(), null));
        b.rates().forEach((currency, rate) -> rows.add(Arrays.asList("rate", null, null, null, currency, rate)));
        for (MissingRate m : b.missing()) {
            rows.add(Arrays.asList("noRate", null, null, m.amount(), m.currency(), null));
        }
        return new ReportTable(List.of("section", section, "seats", "yearlyCost", "currency", "rate"),
            List.of("section", section, "seats", "yearlyCost", "currency", "rate"), rows);
    }

    public static Map<String, Object> showbackJson(Showback b) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("baseCurrency", b.baseCurrency());
        o.put("groupedBy", key(b.grouping()));
        o.put("runRate", b.runRate());
        o.put("licenses", b.licenses());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Showback.ShowbackLine l : b.lines()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put(key(b.grouping()), l.name());
            g.put("seats", l.seats());
            g.put("yearlyCost", l.yearlyCost());
            groups.add(g);
        }
        o.put(b.grouping() == ShowbackGrouping.COST_CENTRE ? "costCentres" : "departments", groups);
        Map<String, Object> unallocated = new LinkedHashMap<>();
        unallocated.put("seats", b.unallocated().seats());
        unallocated.put("yearlyCost", b.unallocated().yearlyCost());
        o.put("unallocated", unallocated);
        List<Map<String, Object>> rates = new ArrayList<>();
        b.rates().forEach((currency, rate) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("currency", currency);
            r.put("rate", rate);
            rates.add(r);
        });
        o.put("rates", rates);
        o.put("missingRates", Reports.missing(b.missing()));
        return o;
    }
}
