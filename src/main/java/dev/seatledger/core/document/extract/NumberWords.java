package dev.seatledger.core.document.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Numbers written in words, in English, German, French and Dutch, up to the thousands: "twenty-five", "one hundred
 * and twenty", "fünfundzwanzig", "einhundertzwanzig", "vingt-cinq", "quatre-vingt-dix", "vijfentwintig",
 * "honderdtwintig". Compounds are split into known parts, longest first; "and"/"und"/"et"/"en" join them.
 */
final class NumberWords {
    private static final int AND = -1;
    private static final int HUNDRED = -100;
    private static final int THOUSAND = -1000;
    private static final Map<String, Integer> TOKENS = new HashMap<>();

    static {
        put(AND, "and", "und", "et", "en");
        put(HUNDRED, "hundred", "hundert", "cent", "cents", "honderd");
        put(THOUSAND, "thousand", "tausend", "mille", "duizend");
        String[][] units = {
            {"one"}, {"two"}, {"three"}, {"four"}, {"five"}, {"six"}, {"seven"}, {"eight"}, {"nine"}, {"ten"},
            {"eleven"}, {"twelve"}, {"thirteen"}, {"fourteen"}, {"fifteen"}, {"sixteen"}, {"seventeen"}, {"eighteen"},
            {"nineteen"}};
        for (int i = 0; i < units.length; i++) {
            put(i + 1, units[i]);
        }
        put(1, "ein", "eins", "eine", "einen", "einem", "un", "une", "een", "één");
        String[] de = {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
            "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"};
        String[] fr = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
            "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"};
        String[] nl = {"twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
            "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"};
        for (int i = 0; i < de.length; i++) {
            put(i + 2, de[i], fr[i], nl[i]);
        }
        put(2, "zwo");
        put(17, "dixsept");
        put(18, "dixhuit");
        put(19, "dixneuf");
        String[][] tens = {
            {"twenty", "zwanzig", "vingt", "twintig"}, {"thirty", "dreißig", "dreissig", "trente", "dertig"},
            {"forty", "vierzig", "quarante", "veertig"}, {"fifty", "fünfzig", "cinquante", "vijftig"},
            {"sixty", "sechzig", "soixante", "zestig"}, {"seventy", "siebzig", "septante", "zeventig"},
            {"eighty", "achtzig", "quatre-vingt", "quatre-vingts", "quatrevingt", "quatrevingts", "huitante",
                "tachtig"},
            {"ninety", "neunzig", "nonante", "negentig"}};
        for (int i = 0; i < tens.length; i++) {
            put((i + 2) * 10, tens[i]);
        }
    }

    /** Any run of number-word parts; {@link #value} decides whether it really is a number. */
    static final String PATTERN = TOKENS.keySet().stream().filter(k -> k.length() > 1)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.joining("|", "(?:(?:", ")(?:[-\\s]?(?:" + TOKENS.keySet().stream()
            .filter(k -> k.length() > 1).sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|")) + ")){0,6})"));

    private NumberWords() {
    }

    private static void put(int value, String... words) {
        for (String w : words) {
            TOKENS.put(w, value);
        }
    }

    /** The value of the words, or null when they are not (only) a number. */
    static Integer value(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "");
        int total = 0;
        int current = 0;
        boolean any = false;
        int pos = 0;
        while (pos < w.length()) {
            String token = longest(w, pos);
            if (token == null) {
                return null;
            }
            int v = TOKENS.get(token);
            if (v == HUNDRED) {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
            } else if (v == THOUSAND) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
                any = true;
            } else if (v > 0) {
                current += v;
                any = true;
            }
            pos += token.length();
        }
        return any ? total + current : null;
    }

    private static String longest(String part, int pos) {
        String best = null;
        for (String t : TOKENS.keySet()) {
            if (part.startsWith(t, pos) && (best == null || t.length() > best.length())) {
                best = t;
            }
        }
        return best;
    }
}
