package dev.seatledger.core.document.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text as lines of cells: a tab, " | ", dot leaders ("Produkt ....... Wolke7"), or a run of two or more spaces
 * (not after a full stop) separates cells, whose x is their character column. A line underlined with "===" or "---", an upper-case line, or a short
 * numbered title ("§ 2 Laufzeit", "Article 3 – Durée", "1. Charges") is a heading; a blank line ends a block.
 */
public final class TextLayoutReader {
    private static final Pattern SEPARATOR = Pattern.compile("\\t+|\\s+[|│]\\s+|\\s*(?:[.…·]\\s?){3,}\\s*|(?<![.!?])  +");
    private static final Pattern UNDERLINE = Pattern.compile("\\s*[=\\-_~*]{3,}\\s*");
    private static final Pattern NUMBERED_TITLE = Pattern.compile(
        "(?:§\\s*\\d+[a-z]?|(?i:art(?:icle|ikel|\\.)?)\\s*\\d+|\\d{1,2}(?:\\.\\d{1,2})*\\.?)\\s+(?:[–—-]\\s*)?\\p{Lu}[^.:;!?]{1,60}");

    private TextLayoutReader() {
    }

    public static List<RawLine> lines(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1);
        List<RawLine> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = expandTabs(raw[i]).stripTrailing();
            if (line.isBlank() || UNDERLINE.matcher(line).matches()) {
                out.add(new RawLine(List.of(), false, true));
                continue;
            }
            boolean underlined = i + 1 < raw.length && UNDERLINE.matcher(raw[i + 1]).matches()
                && !raw[i + 1].isBlank() && line.strip().length() <= raw[i + 1].strip().length() + 3
                && Pairs.inCell(line.strip(), 0, "") == null;
            List<Cell> cells = cells(line);
            boolean heading = underlined || cells.size() == 1 && isTitle(cells.get(0).text());
            out.add(new RawLine(cells, heading, false));
        }
        return out;
    }

    static List<Cell> cells(String line) {
        List<Cell> cells = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(line);
        int from = 0;
        while (m.find()) {
            add(cells, line, from, m.start());
            from = m.end();
        }
        add(cells, line, from, line.length());
        return cells;
    }

    private static void add(List<Cell> cells, String line, int from, int to) {
        String t = line.substring(from, to);
        int lead = t.length() - t.stripLeading().length();
        if (!t.isBlank()) {
            cells.add(new Cell(t, from + lead, to));
        }
    }

    static boolean isTitle(String t) {
        if (t.length() > 70) {
            return false;
        }
        long letters = t.chars().filter(Character::isLetter).count();
        long upper = t.chars().filter(Character::isUpperCase).count();
        boolean caps = letters >= 4 && upper >= letters * 0.8 && !t.matches(".*[:：]\\s+\\S.*");
        boolean numbered = NUMBERED_TITLE.matcher(t).matches() && t.split("\\s+").length <= 9;
        return caps || numbered;
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\t') {
                sb.append('\t');
                while (sb.length() % 8 != 0) {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
