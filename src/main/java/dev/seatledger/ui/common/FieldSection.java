package dev.seatledger.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A titled card of read-only label/value pairs, as on the license page. */
public class FieldSection extends VBox {
    private final GridPane grid = new GridPane();
    private int row;

    public FieldSection(String title) {
        super(8);
        getStyleClass().add("field-section");
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints k = new ColumnConstraints();
        k.setMinWidth(140);
        ColumnConstraints v = new ColumnConstraints();
        v.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(k, v);
        getChildren().addAll(t, grid);
    }

    public FieldSection add(String label, String value) {
        Label k = new Label(label);
        k.getStyleClass().add("text-muted");
        Label v = new Label(value == null || value.isEmpty() ? "—" : value);
        v.setWrapText(true);
        v.getStyleClass().add("field-value");
        grid.add(k, 0, row);
        grid.add(v, 1, row);
        row++;
        return this;
    }
}
