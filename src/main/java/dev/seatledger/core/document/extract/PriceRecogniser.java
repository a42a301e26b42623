package dev.seatledger.core.document.extract;

import dev.seatledger.core.license.BillingCycle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Total and price per seat for one billing cycle, the cycle and the currency. The subscription's own price is
 * chosen over tax, shipping, one-off services, grand totals and the contract value: a line item of the subscription
 * (the first year of a ramp), else a labelled fee or price per seat, else a net total when nothing else is charged.
 * Prices stated for another period are converted to the cycle ("$45 per user per month", billed annually, is $540);
 * a perpetual licence is a one-time price. Quantity × price per seat = total is checked against the seat count: a
 * match makes all three sure, a missing one is computed (derived), a mismatch lowers the confidence.
 */
final class PriceRecogniser {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private PriceRecogniser() {
    }

    static void recognise(ContractDoc doc, Candidates out) {
        List<Charge> charges = doc.charges();
        boolean perpetual = charges.stream().anyMatch(c -> c.kind() == Charge.Kind.LICENCE
            && (c.amount() != null || c.unit() != null));
        List<Charge> rows = charges.stream().filter(c -> c.source() == Charge.Source.ROW
            && (perpetual ? c.kind() == Charge.Kind.LICENCE : c.kind() == Charge.Kind.SUBSCRIPTION)).toList();
        if (rows.isEmpty() && !perpetual) {
            rows = charges.stream().filter(c -> c.source() == Charge.Source.ROW && c.kind() == Charge.Kind.MAINTENANCE)
                .toList();
        }
        Cycle cycle = cycle(doc, perpetual, out);
        Charge row = rows.isEmpty() ? null : rows.get(0);
        Integer qty = row != null ? row.qty() : null;
        BigDecimal unit = row != null ? row.unit() : null;
        BigDecimal amount = row != null ? row.amount() : null;
        Charge.Period unitPeriod = row != null ? row.unitPeriod() : null;
        Charge.Period amountPeriod = row != null ? row.amountPeriod() : null;
        String currency = row != null ? row.currency() : null;
        String unitSnippet = row != null ? row.snippet() : null;
        String amountSnippet = unitSnippet;
        int line = row != null ? row.line() : 0;
        double base = 0.88;
        if (row == null) {
            Charge u = first(charges, true);
            Charge a = first(charges, false);
            if (u != null) {
                unit = u.unit();
                unitPeriod = u.unitPeriod();
                unitSnippet = u.snippet();
                currency = u.currency();
                qty = u.qty();
                line = u.line();
            }
            if (a != null) {
                amount = a.amount();
                amountPeriod = a.amountPeriod();
                amountSnippet = a.snippet();
                currency = a.currency();
                line = a.line();
                base = a.kind() == Charge.Kind.SUBSCRIPTION ? 0.88 : 0.8;
            }
        }
        if (qty != null) {
            out.add(ContractField.SEATS, qty, row != null ? 0.88 : 0.84, unitSnippet, false, line);
        }
        if (cycle.value == null) {
            Charge.Period p = amountPeriod != null ? amountPeriod : unitPeriod;
            cycle = p != null ? new Cycle(CycleRecogniser.of(p), 0.82, amountPeriod != null ? amountSnippet : unitSnippet,
                true) : termCycle(out);
            if (cycle.value != null) {
                out.add(ContractField.BILLING_CYCLE, cycle.value, cycle.confidence, cycle.snippet, true, line);
            }
        }
        Integer seats = out.best(ContractField.SEATS).map(c -> (Integer) c.value()).orElse(qty);
        if (amount != null && unit != null && amountPeriod == null && unitPeriod != null && seats != null
            && close(unit.multiply(BigDecimal.valueOf(seats)), amount)) {
            amountPeriod = unitPeriod;
        }
        BigDecimal total = convert(amount, amountPeriod, cycle.value);
        BigDecimal perSeat = convert(unit, unitPeriod, cycle.value);
        boolean totalConverted = total != null && total.compareTo(amount) != 0;
        boolean seatConverted = perSeat != null && perSeat.compareTo(unit) != 0;
        if (total != null && perSeat != null && seats != null) {
            boolean fits = close(perSeat.multiply(BigDecimal.valueOf(seats)), total);
            double c = fits ? 0.92 : 0.7;
            out.add(ContractField.TOTAL_PRICE, total, c - (totalConverted ? 0.04 : 0), amountSnippet, totalConverted, line);
            out.add(ContractField.PER_SEAT_PRICE, perSeat, c - (seatConverted ? 0.04 : 0), unitSnippet, seatConverted, line);
            if (fits) {
                out.add(ContractField.SEATS, seats, 0.9, unitSnippet, false, line);
            }
        } else if (total != null && perSeat != null) {
            out.add(ContractField.TOTAL_PRICE, total, base - (totalConverted ? 0.04 : 0), amountSnippet, totalConverted, line);
            out.add(ContractField.PER_SEAT_PRICE, perSeat, base - (seatConverted ? 0.04 : 0), unitSnippet, seatConverted,
                line);
        } else if (total != null) {
            out.add(ContractField.TOTAL_PRICE, total, base - (totalConverted ? 0.04 : 0), amountSnippet, totalConverted, line);
            if (seats != null) {
                BigDecimal each = total.divide(BigDecimal.valueOf(seats), 2, RoundingMode.HALF_UP);
                boolean exact = close(each.multiply(BigDecimal.valueOf(seats)), total);
                out.add(ContractField.PER_SEAT_PRICE, each, exact ? base - 0.04 : 0.6, amountSnippet, true, line);
            }
        } else if (perSeat != null) {
            out.add(ContractField.PER_SEAT_PRICE, perSeat, base - (seatConverted ? 0.04 : 0), unitSnippet, seatConverted,
                line);
            if (seats != null) {
                out.add(ContractField.TOTAL_PRICE, perSeat.multiply(BigDecimal.valueOf(seats)), base - 0.04, unitSnippet,
                    true, line);
            }
        }
        String code = currency == null ? doc.currency : "USD".equals(currency) ? doc.dollar : currency;
        if (code != null && (total != null || perSeat != null || doc.currencyStated)) {
            String priced = amountSnippet != null ? amountSnippet : unitSnippet;
            out.add(ContractField.CURRENCY, code, currency != null ? 0.9 : 0.8, currency != null && priced != null ? priced
                : doc.text.lines().filter(l -> l.contains(code)).findFirst().orElse(code), false, line);
        }
    }

    private record Cycle(BillingCycle value, double confidence, String snippet, boolean derived) {
    }

    private static Cycle cycle(ContractDoc doc, boolean perpetual, Candidates out) {
        if (perpetual) {
            String snippet = doc.charges().stream().filter(c -> c.kind() == Charge.Kind.LICENCE).findFirst()
                .map(Charge::snippet).orElse("");
            out.add(ContractField.BILLING_CYCLE, BillingCycle.ONE_TIME, 0.88, snippet, true, 0);
            return new Cycle(BillingCycle.ONE_TIME, 0.88, snippet, true);
        }
        for (CycleRecogniser.Stated s : CycleRecogniser.statements(doc)) {
            out.add(ContractField.BILLING_CYCLE, s.cycle(), s.confidence(), s.snippet(), false, s.line());
        }
        return out.best(ContractField.BILLING_CYCLE).map(c -> new Cycle((BillingCycle) c.value(), c.confidence(),
            c.snippet(), c.derived())).orElse(new Cycle(null, 0, null, false));
    }

    /** A one-year term with no other sign of the cycle: billed annually (an invoice for a year's period). */
    private static Cycle termCycle(Candidates out) {
        Optional<Candidate> start = out.best(ContractField.START_DATE);
        Optional<Candidate> end = out.best(ContractField.END_DATE);
        if (start.isPresent() && end.isPresent()) {
            long months = ChronoUnit.MONTHS.between((LocalDate) start.get().value(),
                ((LocalDate) end.get().value()).plusDays(1));
            if (months == 12) {
                return new Cycle(BillingCycle.ANNUAL, 0.8, end.get().snippet(), true);
            }
        }
        return new Cycle(null, 0, null, false);
    }

    /** The first subscription price per seat (or total) from a label or a sentence, labels first. */
    private static Charge first(List<Charge> charges, boolean perSeat) {
        Charge best = null;
        for (Charge c : charges) {
            if (c.source() == Charge.Source.ROW || (perSeat ? c.unit() == null : c.amount() == null)) {
                continue;
            }
            boolean subscription = c.kind() == Charge.Kind.SUBSCRIPTION;
            boolean fallback = !perSeat && (c.kind() == Charge.Kind.TOTAL || c.kind() == Charge.Kind.NET_TOTAL)
                && charges.stream().noneMatch(o -> o.kind() == Charge.Kind.SERVICE || o.kind() == Charge.Kind.SHIPPING);
            if (!subscription && !fallback) {
                continue;
            }
            if (best == null || best.kind() != Charge.Kind.SUBSCRIPTION && subscription
                || best.source() == Charge.Source.PROSE && c.source() == Charge.Source.LABEL && subscription) {
                best = c;
            }
        }
        return best;
    }

    /** The amount for one billing cycle: a monthly price ×12 for an annual cycle, an annual one ÷4 for a quarterly. */
    static BigDecimal convert(BigDecimal amount, Charge.Period period, BillingCycle cycle) {
        if (amount == null || period == null || cycle == null || cycle == BillingCycle.ONE_TIME
            || cycle == BillingCycle.CUSTOM) {
            return amount;
        }
        int months = switch (cycle) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case ANNUAL -> 12;
            case BIENNIAL -> 24;
            default -> period.months;
        };
        if (months == period.months) {
            return amount;
        }
        return amount.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(period.months), 2,
            RoundingMode.HALF_UP);
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(CENT.multiply(BigDecimal.TEN)) <= 0;
    }
}
