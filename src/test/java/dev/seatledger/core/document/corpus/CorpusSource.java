package dev.seatledger.core.document.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One corpus document as written in src/test/corpus: a header of {@code %% key: value} lines (the output format,
 * e-mail subject, and the terms a careful reader finds as {@code %% expect.FIELD: value}), then the body in a small
 * markup rendered to PDF, DOCX, TXT or EML by the writers:
 * <ul>
 * <li>{@code # Title} and {@code ## Section}: headings;</li>
 * <li>consecutive text lines: one paragraph (each format wraps it as it likes); a blank line ends it;</li>
 * <li>{@code @cols X1 X2 …} … {@code @end}: lines split on {@code " | "} into cells laid out at x positions (PDF
 * points; tab stops in Word; padded columns in text); {@code @table X1 X2 …} … {@code @end} the same as a real
 * table; a cell starting with {@code >} is right-aligned;</li>
 * <li>{@code @footer} … {@code @end}: small print at the bottom of the page; {@code --}: a rule;
 * {@code @page}: a page break;</li>
 * <li>{@code {nnbsp}}, {@code {nbsp}}, {@code {thin}}: narrow no-break, no-break and thin spaces.</li>
 * </ul>
 */
public record CorpusSource(String name, String format, Map<String, String> meta, Map<String, String> expect,
                           List<Block> blocks) {

    public enum Kind { HEADING1, HEADING2, PARAGRAPH, COLS, TABLE, FOOTER, RULE, PAGE, BLANK }

    /** A block of the body; {@code xs} are the column positions of COLS and TABLE blocks. */
    public record Block(Kind kind, List<String> lines, float[] xs) {
        public List<List<String>> rows() {
            List<List<String>> out = new ArrayList<>();
            for (String l : lines) {
                out.add(List.of(l.split(" \\| ", -1)));
            }
            return out;
        }
    }

    public static CorpusSource read(Path file) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> meta = new LinkedHashMap<>();
        Map<String, String> expect = new LinkedHashMap<>();
        int i = 0;
        while (i < all.size() && all.get(i).startsWith("%%")) {
            String h = all.get(i++).substring(2).strip();
            int colon = h.indexOf(':');
            String key = h.substring(0, colon).strip();
            String value = h.substring(colon + 1).strip();
            if (key.startsWith("expect.")) {
                expect.put(key.substring("expect.".length()), value);
            } else {
                meta.put(key, value);
            }
        }
        List<Block> blocks = new ArrayList<>();
        List<String> para = new ArrayList<>();
        while (i < all.size()) {
            String line = special(all.get(i++));
            String t = line.strip();
            if (t.startsWith("@cols") || t.startsWith("@table") || t.equals("@footer")) {
                flush(para, blocks);
                Kind kind = t.startsWith("@cols") ? Kind.COLS : t.startsWith("@table") ? Kind.TABLE : Kind.FOOTER;
                float[] xs = positions(t);
                List<String> rows = new ArrayList<>();
                while (i < all.size() && !all.get(i).strip().equals("@end")) {
                    rows.add(special(all.get(i++)));
                }
                i++;
                blocks.add(new Block(kind, rows, xs));
            } else if (t.startsWith("## ") || t.startsWith("# ")) {
                flush(para, blocks);
                blocks.add(new Block(t.startsWith("## ") ? Kind.HEADING2 : Kind.HEADING1,
                    List.of(t.substring(t.indexOf(' ') + 1).strip()), null));
            } else if (t.equals("--") || t.equals("@page")) {
                flush(para, blocks);
                blocks.add(new Block(t.equals("--") ? Kind.RULE : Kind.PAGE, List.of(), null));
            } else if (t.isEmpty()) {
                flush(para, blocks);
                blocks.add(new Block(Kind.BLANK, List.of(), null));
            } else {
                para.add(t);
            }
        }
        flush(para, blocks);
        String fileName = file.getFileName().toString();
        return new CorpusSource(fileName.substring(0, fileName.lastIndexOf('.')), meta.getOrDefault("format", "txt"),
            meta, expect, blocks);
    }

    private static void flush(List<String> para, List<Block> blocks) {
        if (!para.isEmpty()) {
            blocks.add(new Block(Kind.PARAGRAPH, List.of(String.join(" ", para)), null));
            para.clear();
        }
    }

    private static float[] positions(String directive) {
        String[] parts = directive.strip().split("\\s+");
        float[] xs = new float[parts.length - 1];
        for (int k = 1; k < parts.length; k++) {
            xs[k - 1] = Float.parseFloat(parts[k]);
        }
        return xs;
    }

    static String special(String s) {
        return s.replace("{nnbsp}", "\u202f").replace("{nbsp}", "\u00a0").replace("{thin}", "\u2009");
    }

    /** Text of a cell without its alignment mark. */
    static String cell(String c) {
        String t = c.strip();
        return t.startsWith(">") ? t.substring(1).strip() : t;
    }

    static boolean right(String c) {
        return c.strip().startsWith(">");
    }
}
