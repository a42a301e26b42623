package dev.seatledger.core.document.extract;

import dev.seatledger.core.document.layout.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a contract's term where the text states it ("Initial Term: thirty-six (36) months", "hat eine feste
 * Laufzeit von 24 Monaten", "pour une durée de trente-six (36) mois", "voor de duur van drie (3) jaar"). A length
 * counts only after words naming the term, and not in a clause about renewal, notice, payment or a minimum term.
 */
final class Durations {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern LENGTH = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,3}|" + NumberWords.PATTERN
        + ")(?:\\s*\\(\\s*(\\d{1,3})\\s*\\))?[\\s-]*(months?|monaten?|monate|monat|mois|maanden|maand|years?|jahren?"
        + "|jahre|ans?|années?|jaar|jaren)(?![\\p{L}])", CI);
    private static final Pattern TERM = Vocabulary.of(
        "term|initial term|subscription term|contract term|term of|period of|for a period of|duration|continues for"
            + "|runs for|subscription period|minimum term|minimum contract term",
        "\\p{L}*laufzeit|feste laufzeit|laufzeit von|\\p{L}*dauer|für die dauer von|zeitraum von|\\p{L}*zeitraum",
        "durée|durée de|durée initiale|durée minimale|pour une durée de|période de|période initiale de",
        "\\p{L}*looptijd|\\p{L}*duur|voor de duur van|voor een periode van|periode van|looptijd van").find();
    private static final Pattern NOT_TERM = Pattern.compile("(?i)renew|verläng|verlaeng|reconduction|reconduit"
        + "|renouvel|verleng|successive|additional|further|weitere|jeweils|telkens|notice|kündig|préavis|opzeg"
        + "|payment|zahl|paiement|betal|valid|gültig|valable|geldig|within|innerhalb|binnen|délai");

    /** A cheap test before the number-word pattern: the text names months or years at all. */
    private static final Pattern UNIT = Pattern.compile("(?iu)month|monat|mois|maand|year|jahr|\\ban\\b|ans\\b|année|jaar");

    /** A term length in months, with the text it came from. */
    record Length(int months, double confidence, String snippet, int line) {
    }

    /** After a start ("starts July 1, 2026, for 12 months", "beginnt am 1. Mai 2026 für 24 Monate"). */
    private static final Pattern FOR_AFTER_START = Pattern.compile("(?iu)(?:start|begin|commenc|effective|beginn"
        + "|début|à compter|ingang|gaat in)\\p{L}*[^.;]{0,60}?(?:,\\s*)?\\b(?:for|für|pour|voor)\\s*$");

    private Durations() {
    }

    private static boolean afterStart(String t, int at) {
        return FOR_AFTER_START.matcher(t.substring(Math.max(0, at - 90), at)).find();
    }

    static List<Length> in(Segment seg) {
        List<Length> out = new ArrayList<>();
        String t = seg.text();
        if (!UNIT.matcher(t).find()) {
            return out;
        }
        Matcher m = LENGTH.matcher(t);
        while (m.find()) {
            Integer n = m.group(2) != null ? Integer.valueOf(m.group(2))
                : m.group(1).chars().allMatch(Character::isDigit) ? Integer.valueOf(m.group(1))
                : NumberWords.value(m.group(1));
            if (n == null || n <= 0) {
                continue;
            }
            String before = t.substring(Math.max(0, m.start() - 60), m.start());
            Matcher k = TERM.matcher(before);
            int keyEnd = -1;
            int keyStart = -1;
            while (k.find()) {
                keyEnd = k.end();
                keyStart = k.start();
            }
            if ((keyEnd < 0 || before.length() - keyEnd > 45) && !afterStart(t, m.start())) {
                continue;
            }
            if (keyEnd < 0) {
                keyStart = Math.max(0, before.length() - 20);
            }
            String window = before.substring(Math.max(0, keyStart - 25));
            if (NOT_TERM.matcher(window).find()) {
                continue;
            }
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            int months = unit.startsWith("mo") || unit.startsWith("maand") ? n : n * 12;
            if (months > 0 && months <= 120) {
                boolean labelled = seg.kind() == Segment.Kind.PAIR && t.indexOf(':') > 0 && t.indexOf(':') < m.start();
                out.add(new Length(months, labelled ? 0.88 : 0.86, t, seg.line()));
            }
        }
        return out;
    }
}
