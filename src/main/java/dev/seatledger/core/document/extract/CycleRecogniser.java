package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Segment;
import dev.seatledger.core.license.BillingCycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often the subscription is invoiced, where the document says so: "billed annually in advance", "Invoiced
 * quarterly", "payable every two years", "Abrechnung: jährlich im Voraus", "Zahlungsweise: monatlich", "Facturation
 * annuelle", "prélèvement SEPA mensuel", "jaarlijks vooruit gefactureerd", "Facturatie: per kwartaal"; less surely
 * from how it renews ("Renews monthly"). Sentences about overages, late payment or interest do not count.
 */
final class CycleRecogniser {
    private static final Pattern INVOICING = Vocabulary.of(
        "billed|billing(?: cycle| frequency| period)?|invoiced|invoicing|invoice|payable|paid|charged|payment(?: terms)?",
        "abrechnung\\p{L}*|rechnungsstellung|zahlungsweise|fälligkeit|berechnet|in rechnung gestellt|abgerechnet|zahlbar"
            + "|fakturiert|zahlung|eingezogen|lastschrift|abgebucht|verrechnung|verrechnet",
        "facturation|factur\\p{L}*|payable|paiement|prélèvement|règlement|réglement|payé\\p{L}*",
        "facturatie|gefactureerd|factureren|betaling|betaald|te voldoen|incasso|geïncasseerd|afgeschreven").find();
    private static final Pattern RENEWING = Vocabulary.of("renews?|renewed|renewal",
        "verlängert|verlängerung", "reconduit\\p{L}*|renouvel\\p{L}*|reconduction", "verlengd|verlenging").find();
    private static final Pattern NOT_SUBSCRIPTION = Pattern.compile("(?iu)(?<![\\p{L}])(?:overages?|usage|late|interest"
        + "|zinsen|verzug|retard|intérêts?|rente|services|dienstleistungen|prestations|mehrverbrauch|dépassements?"
        + "|verbruik|consumption|maintenance|pflege\\p{L}*|wartung|onderhoud)(?![\\p{L}])");
    private static final Map<Charge.Period, BillingCycle> CYCLES = Map.of(Charge.Period.MONTH, BillingCycle.MONTHLY,
        Charge.Period.QUARTER, BillingCycle.QUARTERLY, Charge.Period.YEAR, BillingCycle.ANNUAL,
        Charge.Period.TWO_YEARS, BillingCycle.BIENNIAL);

    /** A statement of the billing cycle. */
    record Stated(BillingCycle cycle, double confidence, String snippet, int line) {
    }

    private CycleRecogniser() {
    }

    static BillingCycle of(Charge.Period p) {
        return p == null ? null : CYCLES.get(p);
    }

    static List<Stated> statements(ContractDoc doc) {
        List<Stated> out = new ArrayList<>();
        for (Segment seg : doc.segments()) {
            String t = seg.text();
            if (seg.kind() == Segment.Kind.ROW || NOT_SUBSCRIPTION.matcher(t).find()) {
                continue;
            }
            near(t, INVOICING, 0.9, seg, out);
            if (out.isEmpty() || out.get(out.size() - 1).line() != seg.line()) {
                near(t, RENEWING, 0.82, seg, out);
            }
        }
        return out;
    }

    /** The period word nearest to a billing (or renewal) word, within 35 characters of it. */
    private static void near(String t, Pattern words, double conf, Segment seg, List<Stated> out) {
        Matcher m = words.matcher(t);
        while (m.find()) {
            int from = Math.max(0, m.start() - 35);
            int to = Math.min(t.length(), m.end() + 35);
            Charge.Period best = null;
            int distance = Integer.MAX_VALUE;
            for (Map.Entry<Charge.Period, Pattern> e : ChargeWords.PERIODS.entrySet()) {
                Matcher p = e.getValue().matcher(t);
                p.region(from, to);
                while (p.find()) {
                    int d = p.start() >= m.end() ? p.start() - m.end() : m.start() - p.end();
                    if (d >= 0 && d < distance && !perPrice(t, p.start())) {
                        best = e.getKey();
                        distance = d;
                    }
                }
            }
            if (best != null) {
                out.add(new Stated(CYCLES.get(best), conf, t, seg.line()));
                return;
            }
        }
    }

    /** A period that belongs to a price ("$12 per user per month"), not to the billing. */
    private static boolean perPrice(String t, int at) {
        String before = t.substring(Math.max(0, at - 25), at);
        return before.matches("(?is).*(?:\\d[\\d.,]*\\s*[$€£]?|(?:per|/|je|pro|par|each)\\s*(?:named\\s+)?(?:users?|seats?"
            + "|licen[cs]es?|nutzer|benutzer|lizenz|utilisateurs?|postes?|gebruikers?|licenties?|agents?|hosts?))"
            + "\\s*(?:and|und|et|en|/)?\\s*$");
    }
}
