package dev.seatledger.core.document.layout;

import java.util.List;
import java.util.stream.Collectors;

/** One line of a document: its cells left to right, the block (paragraph, table, address) it belongs to. */
public final class Line {
    private final int index;
    private final List<Cell> cells;
    private final int block;
    private final boolean heading;
    private final String text;

    public Line(int index, List<Cell> cells, int block, boolean heading) {
        this.index = index;
        this.cells = List.copyOf(cells);
        this.block = block;
        this.heading = heading;
        this.text = join(this.cells);
    }

    public int index() {
        return index;
    }

    public List<Cell> cells() {
        return cells;
    }

    public int block() {
        return block;
    }

    public boolean heading() {
        return heading;
    }

    /** The cells joined with two spaces, as the line reads. */
    public String text() {
        return text;
    }

    public boolean single() {
        return cells.size() == 1;
    }

    static String join(List<Cell> cells) {
        return cells.stream().map(Cell::text).collect(Collectors.joining("  "));
    }
}
