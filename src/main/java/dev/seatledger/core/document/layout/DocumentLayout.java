package dev.seatledger.core.document.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A document read as a person reads it before looking for terms: lines grouped in blocks, headings, tables rebuilt
 * from aligned cells, "label: value" pairs, and the running text cut into sentences. Built by the PDF, Word and text
 * readers, or from plain text.
 */
public final class DocumentLayout {
    private final List<Line> lines;
    private List<Table> tables;
    private List<LabelValue> pairs;
    private List<Segment> segments;
    private boolean[] tableLines;

    private DocumentLayout(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public static DocumentLayout of(List<RawLine> raw) {
        List<Line> out = new ArrayList<>();
        int block = 0;
        for (RawLine r : raw) {
            if (r.cells().isEmpty()) {
                block++;
                continue;
            }
            boolean startsBlock = out.isEmpty() || r.newBlock() || r.heading() || out.get(out.size() - 1).heading();
            if (startsBlock && !out.isEmpty()) {
                block++;
            }
            out.add(new Line(out.size(), r.cells(), block, r.heading()));
        }
        return new DocumentLayout(out);
    }

    /** Plain text (a .txt file, an e-mail body, or text from elsewhere) laid out by {@link TextLayoutReader}. */
    public static DocumentLayout ofText(String text) {
        return of(TextLayoutReader.lines(text));
    }

    public List<Line> lines() {
        return lines;
    }

    public Line line(int index) {
        return lines.get(index);
    }

    /** The whole text, one line per line, cells separated by two spaces. */
    public String text() {
        return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public List<Table> tables() {
        if (tables == null) {
            tableLines = new boolean[lines.size()];
            tables = Tables.find(lines, tableLines);
        }
        return tables;
    }

    /** True when the line is a row of a table (its header excluded). */
    public boolean inTable(int line) {
        tables();
        return tableLines[line];
    }

    public List<LabelValue> pairs() {
        if (pairs == null) {
            tables();
            pairs = Pairs.find(lines, tableLines, tables);
        }
        return pairs;
    }

    /** Sentences of running text, pairs, table rows and laid-out cells, in document order. */
    public List<Segment> segments() {
        if (segments == null) {
            tables();
            segments = Paragraphs.segments(lines, tableLines, tables);
        }
        return segments;
    }
}
