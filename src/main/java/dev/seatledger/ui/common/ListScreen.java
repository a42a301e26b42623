package dev.seatledger.ui.common;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The wiring every list screen repeats: the table shows the view model's rows, the search box types into its query,
 * a count label follows the rows, the empty table says whether it is reading or nothing matches, and a sort can be
 * done in SQL.
 */
public final class ListScreen<T> {
    private final TableView<T> table;
    private final ObservableList<T> rows;

    private ListScreen(TableView<T> table, ObservableList<T> rows) {
        this.table = table;
        this.rows = rows;
    }

    /** The table shows {@code rows}. */
    public static <T> ListScreen<T> of(TableView<T> table, ObservableList<T> rows) {
        table.setItems(rows);
        return new ListScreen<>(table, rows);
    }

    /**
     * The search box and the view model's query follow each other; Down in the box moves the focus to the results,
     * on the first row when none is selected, so the keyboard goes from the search to a row without tabbing
     * through the filters between them.
     */
    public ListScreen<T> search(TextField field, StringProperty query) {
        field.textProperty().bindBidirectional(query);
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
                table.scrollTo(table.getSelectionModel().getSelectedIndex());
                table.requestFocus();
                e.consume();
            }
        });
        return this;
    }

    /** The label shows {@code text} each time the rows change. */
    public ListScreen<T> count(Label label, Supplier<String> text) {
        return count(label, rows, text);
    }

    /** The label shows {@code text} each time {@code changes} changes (a count read from SQL, say). */
    public ListScreen<T> count(Label label, Observable changes, Supplier<String> text) {
        changes.addListener(o -> label.setText(text.get()));
        return this;
    }

    /** While the rows are read the empty table's placeholder says {@code reading}, afterwards {@code nothing}. */
    public static void placeholder(Label label, ObservableBooleanValue loading, String reading, String nothing) {
        label.textProperty().bind(Bindings.when(loading).then(reading).otherwise(nothing));
    }

    /**
     * Sorting the table asks {@code sortBy} for the rows in that order (sorted in SQL, not in the table): the first
     * sort column's key and direction, {@code byDefault} ascending when no column is sorted.
     */
    public <K> ListScreen<T> sortInSql(Map<TableColumn<T, ?>, K> keys, K byDefault, BiConsumer<K, Boolean> sortBy) {
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                sortBy.accept(byDefault, true);
            } else {
                TableColumn<T, ?> c = t.getSortOrder().get(0);
                sortBy.accept(keys.get(c), c.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        return this;
    }
}
