package dev.seatledger.testing;

import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The texts of a table that end in an ellipsis ("1Password Busi…"): cells, named by column and row, and headers. */
public final class CutTexts {
    private CutTexts() {
    }

    /** Every row of the table, scrolled into view five rows at a time, and its column headers. */
    public static Set<String> in(FxRobot robot, TableView<?> table) {
        Set<String> cut = new TreeSet<>();
        int rows = table.getItems().size();
        for (int i = 0; i < Math.max(rows, 1); i += 5) {
            int first = i;
            robot.interact(() -> table.scrollTo(first));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> table.lookupAll(".table-cell").forEach(cell -> cut.addAll(of(cell))));
        }
        robot.interact(() -> table.lookupAll(".column-header .label").forEach(n -> {
            if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
                for (Node t : l.lookupAll(".text")) {
                    if (t instanceof Text text && cut(text.getText())) {
                        cut.add("header: " + text.getText());
                    }
                }
            }
        }));
        return cut;
    }

    private static Set<String> of(Node cell) {
        Set<String> cut = new TreeSet<>();
        if (!(cell instanceof TableCell<?, ?> c) || ((IndexedCell<?>) c).isEmpty() || !c.isVisible()) {
            return cut;
        }
        for (Node n : c.lookupAll(".text")) {
            if (n instanceof Text t && cut(t.getText())) {
                TableColumnBase<?, ?> column = c.getTableColumn();
                cut.add(column.getText() + " row " + c.getIndex() + ": " + t.getText());
            }
        }
        return cut;
    }

    private static boolean cut(String text) {
        return text != null && (text.endsWith("…") || text.endsWith("..."));
    }
}
