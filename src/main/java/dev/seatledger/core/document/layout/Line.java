package dev.seatledger.core.document.layout;

import java.util.List;
import java.util.stream.Collectors;

/** One line of a document: its cells left to right, the block (paragraph, table, address) it belongs to. */
public record Line(int index, List<Cell> cells, int block, boolean heading) {
    public Line {
        cells = List.copyOf(cells);
    }

    /** The cells joined with two spaces, as the line reads. */
    public String text() {
        return join(cells);
    }

    public boolean single() {
        return cells.size() == 1;
    }

    static String join(List<Cell> cells) {
        return cells.stream().map(Cell::text).collect(Collectors.joining("  "));
    }
}
