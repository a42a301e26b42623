package dev.seatledger.ui.common;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A two-column form: label on the left, field with its inline error message under it on the right. */
public class FormGrid extends GridPane {
    private int row;

    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(12);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(280);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a field; its error label shows whatever {@code errors} holds for {@code key}. */
    public void field(String label, Node input, String key, ObservableMap<String, String> errors) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setId(key + "Error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        input.setId(key + "Field");
        if (errors != null) {
            errors.addListener((MapChangeListener<String, String>) c -> {
                String msg = errors.get(key);
                boolean show = msg != null;
                error.setText(show ? msg : "");
                error.setVisible(show);
                error.setManaged(show);
                input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), show);
            });
        }
        VBox box = new VBox(2, input, error);
        add(l, 0, row);
        add(box, 1, row);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        row++;
    }
}
