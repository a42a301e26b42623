package dev.seatledger.core.document.layout;

import java.util.List;
import java.util.Map;

/**
 * A table rebuilt from aligned lines: the header's cells, and each row's cells placed under the header column whose
 * span (from its left edge to the next column's) holds the cell's centre.
 */
public record Table(List<String> header, List<Row> rows) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One row: cell text by header column index; {@code source} is the row as it reads. */
    public record Row(int line, Map<Integer, String> cells, String source) {
        public Row {
            cells = Map.copyOf(cells);
        }

        public String cell(int column) {
            return column < 0 ? "" : cells.getOrDefault(column, "");
        }
    }
}
