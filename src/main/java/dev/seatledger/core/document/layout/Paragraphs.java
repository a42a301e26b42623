package dev.seatledger.core.document.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Running text rebuilt from lines: single-cell lines of one block join into a paragraph while a line reaches the
 * block's width (a wrapped line) or the next one continues in lower case; a hyphen at a line end joins the word.
 * Paragraphs are cut into sentences, not after abbreviations, initials or the ordinal of a date ("1. Juli").
 */
final class Paragraphs {
    private static final Set<String> ABBREVIATIONS = Set.of("inc", "ltd", "co", "corp", "no", "nr", "dr", "mr", "mrs",
        "ms", "st", "approx", "ca", "bzw", "etc", "vs", "art", "abs", "ziff", "p.a", "excl", "incl", "zzgl", "ggf",
        "evtl", "e.g", "i.e", "z.b", "u.a", "s.a", "b.v", "n.v", "dept", "ref", "tel", "fax", "vol", "mag", "str",
        "pos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dhr", "mevr",
        "t.a.v", "m", "mme", "mlle", "ste", "cie", "hr", "fr", "prof", "vgl", "gem", "lt", "inkl", "exkl", "max", "min",
        "nos", "resp", "ex", "gr", "tél", "n°", "plc", "llc", "sas", "sarl", "ag", "gmbh", "bv", "nv", "pte", "pty",
        "pvt", "sdn", "bhd", "sàrl", "srl", "e.u", "ltée");

    private Paragraphs() {
    }

    static List<Segment> segments(List<Line> lines, boolean[] tableLines, List<Table> tables) {
        List<Segment> out = new ArrayList<>();
        java.util.Map<Integer, Integer> widths = new java.util.HashMap<>();
        for (Line l : lines) {
            if (l.single() && !tableLines[l.index()]) {
                widths.merge(l.block(), l.text().length(), Math::max);
            }
        }
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            if (tableLines[i]) {
                out.add(new Segment(l.cells().stream().map(Cell::text).collect(Collectors.joining(" | ")), i,
                    Segment.Kind.ROW));
                headedValues(tables, i, out);
                i++;
            } else if (l.heading() || !l.single()) {
                cells(l, out);
                i++;
            } else {
                int end = i;
                StringBuilder para = new StringBuilder(l.text());
                List<int[]> starts = new ArrayList<>();
                starts.add(new int[] {0, i});
                int width = widths.getOrDefault(l.block(), 0);
                while (end + 1 < lines.size() && joins(lines.get(end), lines.get(end + 1), width, tableLines[end + 1])) {
                    end++;
                    String next = lines.get(end).text();
                    if (para.length() > 1 && para.charAt(para.length() - 1) == '-'
                        && Character.isLetter(para.charAt(para.length() - 2)) && Character.isLowerCase(next.charAt(0))) {
                        para.setLength(para.length() - 1);
                    } else {
                        para.append(' ');
                    }
                    starts.add(new int[] {para.length(), end});
                    para.append(next);
                }
                sentences(para.toString(), starts, out);
                i = end + 1;
            }
        }
        return out;
    }

    /** The row of a one-row table read as pairs: "Order Start Date: October 1, 2026", "Billing Frequency: Annual". */
    private static void headedValues(List<Table> tables, int line, List<Segment> out) {
        for (Table t : tables) {
            if (t.rows().size() == 1 && t.rows().get(0).line() == line) {
                t.rows().get(0).cells().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                    out.add(new Segment(t.header().get(e.getKey()) + ": " + e.getValue(), line, Segment.Kind.PAIR)));
            }
        }
    }

    private static void cells(Line l, List<Segment> out) {
        List<Cell> cells = l.cells();
        if (cells.size() == 2 && !l.heading() && Pairs.isLabelBeside(cells.get(0).text(), cells.get(1).text())) {
            out.add(new Segment(cells.get(0).text() + ": " + cells.get(1).text(), l.index(), Segment.Kind.PAIR));
            return;
        }
        for (int c = 0; c < cells.size(); c++) {
            String t = cells.get(c).text();
            if (t.matches("[^:：]{1,60}[:：]") && c + 1 < cells.size()
                && !Pairs.PAIR.matcher(cells.get(c + 1).text()).matches()) {
                out.add(new Segment(t + " " + cells.get(c + 1).text(), l.index(), Segment.Kind.PAIR));
                c++;
            } else {
                out.add(new Segment(t, l.index(), Pairs.PAIR.matcher(t).matches() ? Segment.Kind.PAIR
                    : Segment.Kind.CELL));
            }
        }
    }

    private static boolean joins(Line a, Line b, int width, boolean bInTable) {
        if (b.block() != a.block() || !b.single() || b.heading() || bInTable) {
            return false;
        }
        String t = a.text();
        if (Pairs.inCell(b.text(), 0, "") != null && b.text().indexOf(':') <= 40) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        boolean wrapped = width >= 45 && t.length() >= width * 0.72 && ".:!?".indexOf(last) < 0;
        boolean continues = Character.isLowerCase(b.text().charAt(0)) && last != ':' && last != '.';
        return wrapped || continues || last == '-' && Character.isLetter(t.charAt(Math.max(0, t.length() - 2)));
    }

    private static void sentences(String para, List<int[]> starts, List<Segment> out) {
        int from = 0;
        for (int k = 0; k < para.length(); k++) {
            char c = para.charAt(k);
            boolean end = (c == ';' || c == '!' || c == '?') && k + 1 < para.length() && para.charAt(k + 1) == ' '
                || c == '.' && k + 2 < para.length() && para.charAt(k + 1) == ' ' && startsSentence(para.charAt(k + 2))
                && !abbreviation(para, k);
            if (end) {
                add(para.substring(from, k + 1), from, starts, out);
                from = k + 2;
            }
        }
        if (from < para.length()) {
            add(para.substring(from), from, starts, out);
        }
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '"' || c == '“' || c == '„'
            || c == '«' || c == '§';
    }

    /** The word before the dot is an abbreviation, an initial, or a day number before a month ("1. Juli 2026"). */
    private static boolean abbreviation(String para, int dot) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(para.charAt(s - 1)) && para.charAt(s - 1) != '(') {
            s--;
        }
        String word = para.substring(s, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word)) {
            return true;
        }
        if (word.matches("\\d{1,2}")) {
            return Integer.parseInt(word) <= 31;
        }
        return word.matches("(?:\\p{L}\\.)+\\p{L}?");
    }

    private static void add(String sentence, int offset, List<int[]> starts, List<Segment> out) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return;
        }
        int line = starts.get(0)[1];
        for (int[] st : starts) {
            if (st[0] <= offset) {
                line = st[1];
            }
        }
        out.add(new Segment(s, line, Segment.Kind.PROSE));
    }
}
