package dev.seatledger.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.DefaultProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A two-column form: label on the left, field with its inline error message under it on the right. An FXML view
 * lists its {@link FormField}s inside it; {@link #showErrors} then shows the view model's field errors.
 */
@DefaultProperty("fields")
public class FormGrid extends GridPane {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final ObservableList<FormField> fields = FXCollections.observableArrayList();
    private final List<Row> rows = new ArrayList<>();

    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(12);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMinWidth(280);
        getColumnConstraints().addAll(labels, inputs);
        fields.addListener((ListChangeListener<FormField>) c -> {
            while (c.next()) {
                if (c.wasRemoved() || c.wasPermutated() || c.getFrom() != rows.size()) {
                    layOut();
                    return;
                }
                c.getAddedSubList().forEach(this::addRow);
            }
        });
    }

    /** The form's rows, top to bottom. */
    public ObservableList<FormField> getFields() {
        return fields;
    }

    /** Leaves out the field under {@code key} (one that does not apply to this use of the form). */
    public void omit(String key) {
        fields.removeIf(f -> f.getKey().equals(key));
    }

    /** Adds a field from code; its error label shows whatever {@code errors} holds for {@code key}. */
    public void field(String label, Node input, String key, ObservableMap<String, String> errors) {
        FormField f = new FormField();
        f.setLabel(label);
        f.setKey(key);
        f.setInput(input);
        fields.add(f);
        Row row = rows.get(rows.size() - 1);
        errors.addListener((MapChangeListener<String, String>) c -> row.show(errors.get(key)));
    }

    /** Each field's error label shows whatever {@code errors} holds for its key. */
    public void showErrors(ObservableMap<String, String> errors) {
        errors.addListener((MapChangeListener<String, String>) c -> rows.forEach(r -> r.show(errors.get(r.key()))));
    }

    /**
     * Shows {@code form}'s errors: each under its field, and its general error (a refusal in words) in
     * {@code generalError}, which takes no room while there is none.
     */
    public void showErrors(FormViewModel form, Label generalError) {
        showErrors(form.errors());
        generalError.textProperty().bind(form.generalErrorProperty());
        generalError.visibleProperty().bind(form.generalErrorProperty().isNotEmpty());
        generalError.managedProperty().bind(generalError.visibleProperty());
    }

    private void layOut() {
        getChildren().clear();
        rows.clear();
        fields.forEach(this::addRow);
    }

    private void addRow(FormField f) {
        Label l = new Label(f.shownLabel());
        l.getStyleClass().add("form-label");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setId(f.getKey() + "Error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        f.getInput().setId(f.getKey() + "Field");
        VBox box = new VBox(2, f.getInput(), error);
        add(l, 0, rows.size());
        add(box, 1, rows.size());
        GridPane.setValignment(l, VPos.TOP);
        rows.add(new Row(f.getKey(), f.getInput(), error));
    }

    private record Row(String key, Node input, Label error) {
        void show(String message) {
            boolean shown = message != null;
            error.setText(shown ? message : "");
            error.setVisible(shown);
            error.setManaged(shown);
            input.pseudoClassStateChanged(DANGER, shown);
        }
    }
}
