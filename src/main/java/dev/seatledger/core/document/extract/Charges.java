package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Segment;
import dev.seatledger.core.document.layout.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every price a document states, read from line-item tables (description, quantity, unit price and amount columns
 * found by their headers), from labelled values ("Annual fee: EUR 4.800,00 p.a. (EUR 320,00 je Lizenz)") and from
 * sentences ("£1,200.00 per Seat per annum, being £30,000.00 per annum for all Seats"). Each gets its kind, the
 * period it covers and whether it is a price per seat.
 */
final class Charges {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern QTY_COL = Pattern.compile("(?i)qty|quantit|menge|anzahl|qté|aantal|users|seats|nutzer"
        + "|licen[cs]es|units|lizenzen|utilisateurs|gebruikers|stück|postes|benutzer|licenties");
    private static final Pattern UNIT_COL = Pattern.compile("(?i)unit|price|rate|preis|p\\.?\\s?u\\.?|prix|prijs|tarif"
        + "|eenheid");
    /** A header naming a price per seat without the word price ("Net / User", "€ pro Nutzer", "Par utilisateur"). */
    private static final Pattern PER_SEAT_COL = Pattern.compile("(?:\\bper|/|\\bje|\\bpro|\\bpar)\\s*(?:named\\s+)?"
        + "(?:users?|seats?|licen[cs]es?|nutzer|benutzer|lizenz|utilisateurs?|postes?|gebruikers?|licenties?)(?![\\p{L}])", CI);
    private static final Pattern AMOUNT_COL = Pattern.compile("(?i)amount|total|extended|gesamt|betrag|summe|montant"
        + "|bedrag|totaal|fee|net\\b|netto|jahresbetrag|subtotal");
    private static final Pattern NOT_AMOUNT_COL = Pattern.compile("(?i)\\b(?:vat|tax|gross|brutto|mwst|ust|tva|btw"
        + "|discount|rabatt|remise|korting|list)\\b");
    private static final Pattern DISCOUNT_COL = Pattern.compile("(?i)discount|rabatt|remise|korting|nachlass");
    private static final Pattern PERIOD_COL = Pattern.compile("(?i)term|period|periode|période|laufzeit|zeitraum|billing");
    private static final Pattern QTY_TIMES = Pattern.compile("(\\d{1,6})\\s*(?:\\p{L}+\\s*)?(?:[x×@à]|zu je)\\s*", CI);
    private static final Pattern CLAUSE = Pattern.compile("[,;:(=]|\\b(?:and|und|et|en|being|soit|insgesamt|total)\\b", CI);

    private Charges() {
    }

    static List<Charge> of(ContractDoc doc) {
        List<Charge> out = new ArrayList<>();
        for (Table t : doc.layout.tables()) {
            rows(doc, t, out);
        }
        for (Segment seg : doc.segments()) {
            if (seg.kind() != Segment.Kind.ROW) {
                text(doc, seg, out);
            }
        }
        return out;
    }

    private static void rows(ContractDoc doc, Table t, List<Charge> out) {
        List<String> h = t.header();
        int qty = find(h, QTY_COL, null);
        if (qty < 0) {
            qty = wholeNumbers(t);
        }
        int unit = find(h, PER_SEAT_COL, qty);
        if (unit < 0) {
            unit = preferNet(h, UNIT_COL, qty);
        }
        int amount = preferNet(h, AMOUNT_COL, -1);
        if (amount == unit) {
            amount = preferNet(h, AMOUNT_COL, unit);
        }
        int period = find(h, PERIOD_COL, null);
        int discount = find(h, DISCOUNT_COL, null);
        int desc = descriptionColumn(t, qty, unit, amount);
        for (Table.Row r : t.rows()) {
            String d = r.cell(desc);
            if (d.isBlank() || d.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            Integer q = integer(r.cell(qty));
            Money u = money(r.cell(unit), doc);
            Money a = money(r.cell(amount), doc);
            Matcher times = QTY_TIMES.matcher(r.cell(qty));
            if (times.find() && ContractMoney.all(r.cell(qty)).size() == 1) {
                q = Integer.valueOf(times.group(1));
                u = new Money(ContractMoney.all(r.cell(qty)).get(0).value(), ContractMoney.all(r.cell(qty)).get(0).currency());
            }
            if (u == null && a == null) {
                continue;
            }
            if (q != null && u != null && a != null && discount >= 0
                && u.value.multiply(BigDecimal.valueOf(q)).subtract(a.value).abs().compareTo(BigDecimal.ONE) > 0) {
                BigDecimal net = a.value.divide(BigDecimal.valueOf(q), 2, java.math.RoundingMode.HALF_UP);
                if (net.multiply(BigDecimal.valueOf(q)).subtract(a.value).abs().compareTo(new BigDecimal("0.05")) <= 0) {
                    u = new Money(net, u.currency);
                }
            }
            String periodText = d + " " + r.cell(period);
            Charge.Period rowPeriod = ChargeWords.period(periodText);
            Charge.Period up = unit >= 0 && ChargeWords.period(h.get(unit)) != null ? ChargeWords.period(h.get(unit)) : rowPeriod;
            Charge.Period ap = amount >= 0 && ChargeWords.period(h.get(amount)) != null ? ChargeWords.period(h.get(amount))
                : rowPeriod;
            String cur = u != null ? u.currency : a.currency;
            out.add(new Charge(ChargeWords.kind(d), d, q, u == null ? null : u.value, a == null ? null : a.value, up, ap,
                cur, r.source().replace("  ", " | "), r.line(), Charge.Source.ROW));
        }
    }

    private record Money(BigDecimal value, String currency) {
    }

    private static Money money(String cell, ContractDoc doc) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        List<ContractMoney.Amount> all = ContractMoney.all(cell);
        if (!all.isEmpty()) {
            return new Money(all.get(0).value(), all.get(0).currency());
        }
        List<BigDecimal> bare = ContractMoney.bare(cell.replaceAll("\\d+\\s*%", ""));
        return bare.size() == 1 && cell.matches("[\\d\\s.,'’\\u00a0\\u202f%€$£-]+") ? new Money(bare.get(0), doc.currency)
            : null;
    }

    private static Integer integer(String cell) {
        Matcher m = Pattern.compile("^\\s*(\\d{1,3}(?:[,.'’ ]\\d{3})+|\\d{1,7})(?![\\d.,]\\d)").matcher(cell == null ? "" : cell);
        return m.find() ? ContractMoney.number(m.group(1)).map(BigDecimal::intValue).orElse(null) : null;
    }

    private static int find(List<String> header, Pattern p, Integer not) {
        for (int i = 0; i < header.size(); i++) {
            if (p.matcher(header.get(i)).find() && (not == null || i != not)) {
                return i;
            }
        }
        return -1;
    }

    /** The only column whose cells are all whole numbers under 100000 (a "Vehicles" or "Devices" column). */
    private static int wholeNumbers(Table t) {
        int found = -1;
        for (int c = 0; c < t.header().size(); c++) {
            final int col = c;
            boolean all = !t.rows().isEmpty() && t.rows().stream().allMatch(r -> r.cell(col).matches("\\d{1,5}"));
            if (all) {
                if (found >= 0) {
                    return -1;
                }
                found = c;
            }
        }
        return found;
    }

    /** The column whose header matches, preferring a net one ("Net Price") over a list, gross or tax one. */
    private static int preferNet(List<String> header, Pattern p, int not) {
        int any = -1;
        for (int i = 0; i < header.size(); i++) {
            String c = header.get(i);
            if (i == not || !p.matcher(c).find()) {
                continue;
            }
            if (c.matches("(?iu).*\\b(?:net|netto|ht)\\b.*") && !NOT_AMOUNT_COL.matcher(c).find()) {
                return i;
            }
            if (any < 0 && !NOT_AMOUNT_COL.matcher(c).find()) {
                any = i;
            }
        }
        return any;
    }

    /** The column holding the longest texts with letters, not a number column. */
    private static int descriptionColumn(Table t, int qty, int unit, int amount) {
        int best = 0;
        double bestLength = -1;
        for (int c = 0; c < t.header().size(); c++) {
            if (c == qty || c == unit || c == amount) {
                continue;
            }
            double letters = 0;
            for (Table.Row r : t.rows()) {
                letters += r.cell(c).chars().filter(Character::isLetter).count();
            }
            if (letters > bestLength) {
                best = c;
                bestLength = letters;
            }
        }
        return best;
    }

    /** Prices in a labelled value or a sentence: each amount with its kind, period and whether it is per seat. */
    private static void text(ContractDoc doc, Segment seg, List<Charge> out) {
        String t = seg.text();
        List<ContractMoney.Amount> amounts = ContractMoney.all(t);
        if (amounts.isEmpty() || ChargeWords.OTHER.matcher(t).find() && seg.kind() == Segment.Kind.PROSE) {
            return;
        }
        Optional<Labelled> pair = Labelled.of(seg);
        String label = pair.map(Labelled::label).orElse("");
        int valueStart = pair.map(Labelled::valueStart).orElse(0);
        Charge.Kind labelKind = label.isEmpty() ? null : ChargeWords.kind(label);
        boolean perSeatLabel = !label.isEmpty() && ChargeWords.PER_SEAT_LABEL.matcher(label).find();
        int previousEnd = valueStart;
        for (int i = 0; i < amounts.size(); i++) {
            ContractMoney.Amount a = amounts.get(i);
            if (a.start() < valueStart) {
                continue;
            }
            int nextStart = i + 1 < amounts.size() ? amounts.get(i + 1).start() : t.length();
            String after = t.substring(a.end(), Math.min(nextStart, a.end() + 45));
            String before = clause(t.substring(previousEnd, a.start()));
            previousEnd = a.end();
            Charge.Kind kind = ChargeWords.kind(before);
            if (kind == Charge.Kind.SUBSCRIPTION && labelKind != null && i == firstInValue(amounts, valueStart)) {
                kind = labelKind;
            }
            if (ChargeWords.OTHER.matcher(before).find()) {
                continue;
            }
            boolean perSeat = ChargeWords.PER_SEAT.matcher(after.replace("|", " ")).find()
                || perSeatLabel && i == firstInValue(amounts, valueStart);
            Matcher qtyTimes = Pattern.compile("(\\d{1,6})\\s+\\p{L}+\\s*(?:[x×@à]|zu je|zu|a)\\s*$", CI).matcher(t.substring(
                Math.max(0, a.start() - 30), a.start()));
            Integer qty = qtyTimes.find() ? Integer.valueOf(qtyTimes.group(1)) : null;
            perSeat |= qty != null;
            Charge.Period period = ChargeWords.period(after.split("[,;(]", 2)[0]);
            if (period == null) {
                period = ChargeWords.period(before.isBlank() ? label : before + " " + label);
            }
            boolean fee = ChargeWords.FEE.matcher(label + " " + t).find() || kind != Charge.Kind.SUBSCRIPTION;
            if (fee || perSeat) {
                out.add(new Charge(kind, label.isEmpty() ? before : label, qty, perSeat ? a.value() : null,
                    perSeat ? null : a.value(), perSeat ? period : null, perSeat ? null : period, a.currency(), t,
                    seg.line(), pair.isPresent() ? Charge.Source.LABEL : Charge.Source.PROSE));
            }
        }
    }

    private static int firstInValue(List<ContractMoney.Amount> amounts, int valueStart) {
        for (int i = 0; i < amounts.size(); i++) {
            if (amounts.get(i).start() >= valueStart) {
                return i;
            }
        }
        return -1;
    }

    /** The words of the clause just before an amount: from the last comma, bracket, "and", or from "insgesamt". */
    private static String clause(String before) {
        Matcher m = CLAUSE.matcher(before);
        int cut = -1;
        while (m.find()) {
            cut = m.group().matches("(?i)insgesamt|total|soit|being") ? m.start() : m.end();
        }
        return cut < 0 ? before.strip() : before.substring(cut).strip();
    }
}
