package dev.seatledger.core.document.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds tables among laid-out lines: a header of three or more short cells with letters and no digits, followed by
 * lines of two or more cells holding digits. Each row cell goes to the header column whose span holds its centre.
 */
final class Tables {
    private Tables() {
    }

    static List<Table> find(List<Line> lines, boolean[] rowLines) {
        List<Table> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line head = lines.get(i);
            if (!isHeader(head) || i + 1 >= lines.size() || !isRow(lines.get(i + 1))) {
                i++;
                continue;
            }
            List<Table.Row> rows = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && isRow(lines.get(j)) && !isHeader(lines.get(j))) {
                rows.add(new Table.Row(j, place(head, lines.get(j)), lines.get(j).text()));
                rowLines[j] = true;
                j++;
            }
            out.add(new Table(head.cells().stream().map(Cell::text).toList(), rows));
            i = j;
        }
        return out;
    }

    static boolean isHeader(Line l) {
        if (l.cells().size() < 3) {
            return false;
        }
        for (Cell c : l.cells()) {
            String t = c.text();
            if (t.length() > 40 || t.chars().anyMatch(Character::isDigit) || t.chars().noneMatch(Character::isLetter)
                || t.matches(".{2,}:\\s*\\S.*")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRow(Line l) {
        return l.cells().size() >= 2 && l.text().chars().anyMatch(Character::isDigit);
    }

    /** Cells by header column: the column whose span [left edge, next column's left edge) holds the cell's centre. */
    private static Map<Integer, String> place(Line header, Line row) {
        List<Cell> h = header.cells();
        Map<Integer, String> out = new HashMap<>();
        for (Cell c : row.cells()) {
            int col = 0;
            for (int k = 0; k < h.size(); k++) {
                float left = k == 0 ? Float.NEGATIVE_INFINITY : h.get(k).x0() - 2;
                if (c.center() >= left) {
                    col = k;
                }
            }
            out.merge(col, c.text(), (a, b) -> a + " " + b);
        }
        return out;
    }
}
