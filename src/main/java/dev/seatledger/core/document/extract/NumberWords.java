package dev.seatledger.core.document.extract;

import java.util.Locale;
import java.util.Map;

/** Small English number words as notice clauses write them ("three (3) months", "ninety days"). */
final class NumberWords {
    private static final Map<String, Integer> VALUES = Map.ofEntries(
        Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
        Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
        Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
        Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty-five", 45), Map.entry("forty five", 45),
        Map.entry("forty", 40), Map.entry("sixty", 60), Map.entry("ninety", 90), Map.entry("one hundred twenty", 120),
        Map.entry("one hundred and twenty", 120), Map.entry("one hundred eighty", 180));
    static final String PATTERN = "one\\s+hundred\\s+(?:and\\s+)?twenty|one\\s+hundred\\s+eighty|forty[-\\s]five"
        + "|fourteen|fifteen|twenty|thirty|forty|sixty|ninety|eleven|twelve|one|two|three|four|five|six|seven|eight"
        + "|nine|ten";

    private NumberWords() {
    }

    static Integer value(String word) {
        return VALUES.get(word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }
}
