package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Segment;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seat counts: a labelled count ("Number of Seats: twenty-five (25)", "Anzahl Benutzer: 400", "Nombre
 * d'utilisateurs : 30", "Aantal licenties: 7"), or a count before a seat noun in running text ("for up to sixty (60)
 * concurrent users", "für fünfzig (50) benannte Nutzer", "vingt-cinq (25)"). Counts of additional or minimum seats
 * are not the licensed count; a count in a sentence about the current subscription is only weak evidence. The
 * quantity of a subscription's line item comes from {@link PriceRecogniser}.
 */
final class SeatRecogniser {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final Vocabulary LABELS = Vocabulary.of(
        "(?:number of |no\\.? of |total )?(?:licensed |named |authori[sz]ed |concurrent |user |active )?(?:seats|users"
            + "|licen[cs]es|user licen[cs]es|subscriptions|agents|hosts|devices|endpoints|workstations|named users)"
            + "|quantity|qty|seat count|user count|licen[cs]e count|seats purchased|licensed hosts",
        "anzahl(?: der)? \\p{L}*(?:nutzer|lizenzen|anwender|plätze|user|geräte|postfächer|named user)|lizenzen|nutzer"
            + "|benutzer|menge|lizenzanzahl|nutzeranzahl|anwender",
        "nombre d['’](?:utilisateurs|licences|agents)|nombre de (?:licences|postes|sièges|comptes|utilisateurs)"
            + "|utilisateurs|licences|postes|quantité|qté",
        "aantal(?: \\p{L}*(?:gebruikers|licenties|medewerkers|apparaten|werkplekken|accounts|seats|users|plaatsen))?"
            + "|gebruikers|licenties");
    private static final Pattern LABEL = LABELS.label();
    private static final String NOUN = "(?:(?:named|concurrent|licensed|authori[sz]ed|active|enterprise|standard|professional"
        + "|benannte|gleichzeitige|gelijktijdige|benoemde)\\s+)?(?:users?|seats?|licen[cs]es?|user\\s+licen[cs]es|agents?"
        + "|hosts?|endpoints?|devices?|subscriptions|nutzer|benutzer|lizenzen|anwender|arbeitsplätze|kassenplätze"
        + "|postfächer|utilisateurs?|postes?|sièges|gebruikers?|licenties|apparaten|werkplekken)"
        + "(?:\\s+(?:nommés|simultanés|concurrents))?(?![\\p{L}])";
    static final String COUNT = "(\\d{1,3}(?:[,.'’\\u00a0\\u202f ]\\d{3})+|\\d{1,7}|" + NumberWords.PATTERN
        + ")(?:\\s*\\(\\s*(\\d{1,7})\\s*\\))?";
    /** A cheap test before the number-word patterns: the text names seats, users or licences at all. */
    private static final Pattern NOUN_HINT = Pattern.compile("(?iu)user|seat|licen|agent|host|endpoint|device|subscri"
        + "|nutzer|lizenz|anwender|arbeitspl|kassenpl|postf|utilisateur|poste|sièg|gebruiker|licentie|apparat|werkplek");
    private static final Pattern BEFORE_NOUN = Pattern.compile("(?<![\\p{L}\\d.,/])" + COUNT + "\\s+" + NOUN, CI);
    private static final Pattern NOUN_THEN_COUNT = Pattern.compile(
        "(?:nombre d['’]utilisateurs|nombre de (?:licences|postes)|number of (?:users|seats|licen[cs]es))\\s+(?:de|of|:)?\\s*"
            + COUNT, CI);
    private static final Pattern NOT_LICENSED = Pattern.compile("(?i)(?:additional|extra|more|further|zusätzliche"
        + "|weitere|supplémentaires|aanvullende|maximum of)\\s*$");
    private static final Pattern MINIMUM = Pattern.compile("(?i)\\b(?:minimum|min\\.|mindest\\p{L}*|minimal\\p{L}*"
        + "|au moins|ten minste|at least)");
    private static final Pattern CURRENT = Pattern.compile("(?i)\\b(?:current(?:ly)?|existing|bisherige?n?|bestehende?n?"
        + "|aktuelle?n?|actuel(?:le)?|huidige)\\b");

    private SeatRecogniser() {
    }

    static void recognise(ContractDoc doc, Candidates out) {
        for (Segment seg : doc.segments()) {
            String t = seg.text();
            Labelled pair = Labelled.of(seg).orElse(null);
            if (pair != null) {
                String label = pair.label();
                if (LABEL.matcher(label).matches() && !MINIMUM.matcher(label).find()) {
                    String value = pair.value();
                    Matcher m = Pattern.compile("^" + COUNT, CI).matcher(value);
                    if (m.find() && !value.matches("(?s).*[$€£¥].*|.*\\b(?:USD|EUR|GBP|CHF)\\b.*")) {
                        count(m).ifPresent(n -> out.add(ContractField.SEATS, n, 0.9, t, false, seg.line()));
                        continue;
                    }
                }
            }
            if (seg.kind() == Segment.Kind.ROW || !NOUN_HINT.matcher(t).find()) {
                continue;
            }
            prose(t, seg, BEFORE_NOUN, out);
            prose(t, seg, NOUN_THEN_COUNT, out);
        }
    }

    private static void prose(String t, Segment seg, Pattern p, Candidates out) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            String before = t.substring(Math.max(0, m.start() - 30), m.start());
            if (NOT_LICENSED.matcher(before).find() || MINIMUM.matcher(t.substring(0, m.start())).find()) {
                continue;
            }
            boolean worded = m.group(2) != null || !m.group(1).chars().allMatch(c -> Character.isDigit(c)
                || ",.'’ \u00a0\u202f".indexOf(c) >= 0);
            boolean current = CURRENT.matcher(t.substring(Math.max(0, m.start() - 80), m.start())).find();
            double conf = current ? 0.6 : worded ? 0.86 : 0.82;
            count(m).ifPresent(n -> out.add(ContractField.SEATS, n, conf, t, false, seg.line()));
        }
    }

    /** The count: the digits in brackets after words, else the digits or the words. */
    static Optional<Integer> count(Matcher m) {
        String digits = m.group(2) != null ? m.group(2) : m.group(1);
        Integer n;
        if (digits.chars().anyMatch(Character::isDigit)) {
            n = ContractMoney.number(digits).filter(b -> b.scale() <= 0 || b.stripTrailingZeros().scale() <= 0)
                .map(BigDecimal::intValue).orElse(null);
        } else {
            n = NumberWords.value(digits);
            if (n != null && n < 2) {
                n = null;
            }
        }
        return n != null && n > 0 && n < 10_000_000 ? Optional.of(n) : Optional.empty();
    }
}
