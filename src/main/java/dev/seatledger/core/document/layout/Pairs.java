package dev.seatledger.core.document.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Label: value" pairs: a cell holding both ("Term: 12 months"), a label cell beside its value ("Supplier:" |
 * "Kestrel Ltd", or "Subtotal" | "$60.00"), or a line holding only a label above the line holding its value.
 */
final class Pairs {
    /** A label: up to 60 characters with a letter, not a clock time, URL or ratio, then a colon and the value. */
    static final Pattern PAIR = Pattern.compile("^([^:：]{1,60}?)\\s*[:：]\\s*(\\S.*)$");
    private static final Pattern NOT_LABEL = Pattern.compile("(?i).*(?:https?|mailto|www\\.\\S*)$|.*\\d$");

    private Pairs() {
    }

    static List<LabelValue> find(List<Line> lines, boolean[] tableLines, List<Table> tables) {
        List<LabelValue> out = new ArrayList<>();
        for (Table t : tables) {
            if (t.rows().size() == 1) {
                Table.Row r = t.rows().get(0);
                r.cells().forEach((c, v) -> out.add(new LabelValue(t.header().get(c), v, r.line(), r.source())));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            List<Cell> cells = l.cells();
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c).text();
                LabelValue inCell = inCell(text, i, l.text());
                if (inCell != null) {
                    out.add(inCell);
                } else if (isLabelOnly(text) && c + 1 < cells.size() && inCell(cells.get(c + 1).text(), i, "") == null) {
                    out.add(new LabelValue(label(text), cells.get(c + 1).text(), i, l.text()));
                    c++;
                } else if (isLabelOnly(text) && cells.size() == 1 && i + 1 < lines.size()
                    && lines.get(i + 1).single() && !lines.get(i + 1).heading()
                    && inCell(lines.get(i + 1).text(), i + 1, "") == null) {
                    out.add(new LabelValue(label(text), lines.get(i + 1).cells().get(0).text(), i + 1,
                        text + " " + lines.get(i + 1).cells().get(0).text()));
                }
            }
            if (cells.size() == 2 && !tableLines[i] && isLabelBeside(cells.get(0).text(), cells.get(1).text())) {
                out.add(new LabelValue(cells.get(0).text(), cells.get(1).text(), i, l.text()));
            } else if (cells.size() == 2 && tableLines[i] && looksLikeLabel(cells.get(0).text())
                && cells.get(1).text().chars().anyMatch(Character::isDigit)) {
                out.add(new LabelValue(cells.get(0).text(), cells.get(1).text(), i, l.text()));
            }
        }
        return out;
    }

    /** A label cell (no colon) beside a value cell that is not itself a pair. */
    static boolean isLabelBeside(String first, String second) {
        return inCell(first, 0, "") == null && !isLabelOnly(first) && looksLikeLabel(first)
            && inCell(second, 0, "") == null && !isLabelOnly(second);
    }

    static LabelValue inCell(String text, int line, String source) {
        Matcher m = PAIR.matcher(text);
        if (!m.matches() || m.group(1).chars().noneMatch(Character::isLetter) || NOT_LABEL.matcher(m.group(1)).matches()
            || m.group(1).chars().filter(c -> c == '(').count() != m.group(1).chars().filter(c -> c == ')').count()) {
            return null;
        }
        return new LabelValue(m.group(1).strip(), m.group(2).strip(), line, source.isEmpty() ? text : source);
    }

    private static boolean isLabelOnly(String text) {
        return text.length() <= 62 && text.matches("[^:：]*\\p{L}[^:：]*[:：]");
    }

    private static String label(String text) {
        return text.replaceAll("[:：]\\s*$", "").strip();
    }

    /** A first cell that names what the second holds: letters, short, not a sentence. */
    private static boolean looksLikeLabel(String text) {
        return text.length() <= 50 && text.chars().anyMatch(Character::isLetter) && !text.matches(".*[.!?]$")
            && (Character.isLetter(text.codePointAt(0)) || text.startsWith("("));
    }
}
