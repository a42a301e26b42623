package dev.seatledger.ui.catalog;

import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.FormGrid;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Add/edit product; validation errors appear under their fields and the dialog stays open. */
public class ProductDialog extends Dialog<ButtonType> {

    public ProductDialog(ProductFormViewModel form) {
        setTitle(Messages.get(form.isNew() ? "catalog.dialog.add" : "catalog.dialog.edit"));
        setHeaderText(null);
        ButtonType save = new ButtonType(Messages.get("catalog.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("catalog.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);

        TextField name = new TextField();
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField publisher = new TextField();
        publisher.textProperty().bindBidirectional(form.publisherProperty());
        TextField category = new TextField();
        category.textProperty().bindBidirectional(form.categoryProperty());
        TextField website = new TextField();
        website.setPromptText("https://");
        website.textProperty().bindBidirectional(form.websiteProperty());
        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());

        FormGrid grid = new FormGrid();
        grid.field(Messages.get("catalog.field.name") + " *", name, "name", form.errors());
        grid.field(Messages.get("catalog.field.publisher") + " *", publisher, "publisher", form.errors());
        grid.field(Messages.get("catalog.field.category"), category, "category", form.errors());
        grid.field(Messages.get("catalog.field.website"), website, "website", form.errors());
        grid.field(Messages.get("catalog.field.notes"), notes, "notes", form.errors());

        Label general = new Label();
        general.getStyleClass().add("field-error");
        general.textProperty().bind(form.generalErrorProperty());
        general.visibleProperty().bind(form.generalErrorProperty().isNotEmpty());
        general.managedProperty().bind(general.visibleProperty());
        getDialogPane().setContent(new VBox(10, grid, general));
        getDialogPane().setPrefWidth(520);

        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("saveProductButton");
        saveButton.disableProperty().bind(form.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.save(() -> {
                setResult(ButtonType.OK);
                close();
            });
        });
        setResultConverter(b -> b == save ? ButtonType.OK : ButtonType.CANCEL);
        setOnShown(e -> name.requestFocus());
    }
}
