package dev.seatledger.ui.catalog;

import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.FxmlDialog;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Add/edit product; validation errors appear under their fields and the dialog stays open. */
public class ProductDialog extends FxmlDialog<ButtonType> {
    private final ProductFormViewModel form;

    @FXML private ButtonType saveType;
    @FXML private FormGrid grid;
    @FXML private TextField nameField;
    @FXML private TextField publisherField;
    @FXML private TextField categoryField;
    @FXML private TextField websiteField;
    @FXML private TextArea notesField;
    @FXML private Label generalError;

    public ProductDialog(ProductFormViewModel form) {
        super(Messages.get(form.isNew() ? "catalog.dialog.add" : "catalog.dialog.edit"));
        this.form = form;
        loadPane();
        command(saveType, "saveProductButton", () -> form.save(() -> closeWith(ButtonType.OK)))
            .disableProperty().bind(form.busyProperty());
        setResultConverter(b -> b == saveType ? ButtonType.OK : ButtonType.CANCEL);
        setOnShown(e -> nameField.requestFocus());
    }

    @FXML
    private void initialize() {
        grid.showErrors(form, generalError);
        nameField.textProperty().bindBidirectional(form.nameProperty());
        publisherField.textProperty().bindBidirectional(form.publisherProperty());
        categoryField.textProperty().bindBidirectional(form.categoryProperty());
        websiteField.textProperty().bindBidirectional(form.websiteProperty());
        notesField.textProperty().bindBidirectional(form.notesProperty());
    }
}
