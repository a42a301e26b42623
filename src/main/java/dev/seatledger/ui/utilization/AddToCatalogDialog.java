package dev.seatledger.ui.utilization;

import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.FxmlDialog;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** "Add to catalog…" on an unknown application: the new product's name, publisher, category and website. */
public class AddToCatalogDialog extends FxmlDialog<ButtonType> {
    private final AddToCatalogViewModel form;

    @FXML private ButtonType addType;
    @FXML private FormGrid grid;
    @FXML private TextField nameField;
    @FXML private TextField publisherField;
    @FXML private TextField categoryField;
    @FXML private TextField websiteField;
    @FXML private Label generalError;

    public AddToCatalogDialog(AddToCatalogViewModel form) {
        super(Messages.get("util.unknown.add.title", form.appName()));
        this.form = form;
        loadPane();
        command(addType, "addToCatalogButton", () -> form.save(() -> closeWith(ButtonType.OK)))
            .disableProperty().bind(form.busyProperty());
        setOnShown(e -> publisherField.requestFocus());
    }

    @FXML
    private void initialize() {
        grid.showErrors(form, generalError);
        nameField.textProperty().bindBidirectional(form.nameProperty());
        publisherField.textProperty().bindBidirectional(form.publisherProperty());
        categoryField.textProperty().bindBidirectional(form.categoryProperty());
        websiteField.textProperty().bindBidirectional(form.websiteProperty());
    }
}
