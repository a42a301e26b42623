package dev.seatledger.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;

/** Table columns whose cells show a function of their row: one place instead of a copy in every view. */
public final class Columns {
    private Columns() {
    }

    /** A new column titled {@code title}, {@code width} wide, showing {@code f} of each row. */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> f, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        bind(c, f);
        return c;
    }

    /** Makes an existing (FXML) column show {@code f} of each row. */
    public static <T, V> void bind(TableColumn<T, V> column, Function<T, V> f) {
        column.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue() == null ? null : f.apply(x.getValue())));
    }

    /** Makes an existing tree-table column show {@code f} of each item's value (nothing for an empty item). */
    public static <T, V> void bind(TreeTableColumn<T, V> column, Function<T, V> f) {
        column.setCellValueFactory(x -> {
            TreeItem<T> item = x.getValue();
            return new ReadOnlyObjectWrapper<>(item == null || item.getValue() == null ? null : f.apply(item.getValue()));
        });
    }
}
