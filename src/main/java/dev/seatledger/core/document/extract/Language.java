package dev.seatledger.core.document.extract;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The language a contract is written in, from its most frequent function words (English, German, French, Dutch). */
public enum Language {
    EN("the|and|of|to|for|with|this|will|shall|is|be|by|per|any|are"),
    DE("der|die|das|und|mit|für|von|zu|ist|wird|den|dem|sich|nicht|im|zum|zur|bei|wir|ihre|eine"),
    FR("le|la|les|et|des|pour|du|par|est|une|au|aux|avec|sur|vous|votre|sont|ce"),
    NL("het|een|en|van|voor|met|op|wordt|niet|te|bij|uw|wij|zijn|naar|deze");

    private final Pattern words;

    Language(String words) {
        this.words = Pattern.compile("(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])");
    }

    public static Language detect(String text) {
        String t = (text.length() > 20_000 ? text.substring(0, 20_000) : text).toLowerCase(Locale.ROOT);
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (Language l : values()) {
            Matcher m = l.words.matcher(t);
            int n = 0;
            while (m.find()) {
                n++;
            }
            counts.put(l, n);
        }
        Language best = EN;
        for (Language l : values()) {
            if (counts.get(l) > counts.get(best)) {
                best = l;
            }
        }
        return best;
    }
}
