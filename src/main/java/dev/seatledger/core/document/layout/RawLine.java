package dev.seatledger.core.document.layout;

import java.util.List;

/** A line as a reader found it: its cells, whether it looks like a heading, whether a gap or break precedes it. */
public record RawLine(List<Cell> cells, boolean heading, boolean newBlock) {
    public RawLine {
        cells = cells.stream().filter(c -> !c.text().isEmpty()).toList();
    }

    public String text() {
        return Line.join(cells);
    }
}
