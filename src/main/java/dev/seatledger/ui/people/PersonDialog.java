package dev.seatledger.ui.people;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.FxmlDialog;
import dev.seatledger.ui.common.Labels;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Add/edit person dialog with inline errors; its result is the saved person's id. */
public class PersonDialog extends FxmlDialog<Long> {
    private final PersonFormViewModel form;
    private Long savedId;

    @FXML private ButtonType saveType;
    @FXML private FormGrid grid;
    @FXML private TextField nameField;
    @FXML private TextField emailField;
    @FXML private TextField departmentField;
    @FXML private TextField titleField;
    @FXML private TextField managerField;
    @FXML private TextField employeeIdField;
    @FXML private ComboBox<PersonStatus> statusBox;
    @FXML private DatePicker endDatePicker;
    @FXML private DatePicker signInPicker;
    @FXML private Label generalError;

    public PersonDialog(PersonFormViewModel form) {
        super(Messages.get(form.isNew() ? "people.add" : "people.edit"));
        this.form = form;
        loadPane();
        command(saveType, "savePersonButton", () -> form.save(id -> {
            savedId = id;
            closeWith(id);
        }));
        setResultConverter(b -> savedId);
    }

    @FXML
    private void initialize() {
        grid.showErrors(form.errors());
        nameField.textProperty().bindBidirectional(form.nameProperty());
        emailField.textProperty().bindBidirectional(form.emailProperty());
        departmentField.textProperty().bindBidirectional(form.departmentProperty());
        titleField.textProperty().bindBidirectional(form.jobTitleProperty());
        managerField.textProperty().bindBidirectional(form.managerProperty());
        employeeIdField.textProperty().bindBidirectional(form.employeeIdProperty());
        statusBox.getItems().setAll(PersonStatus.values());
        statusBox.setConverter(Labels.converter("person.status", PersonStatus.class));
        statusBox.valueProperty().bindBidirectional(form.statusProperty());
        endDatePicker.valueProperty().bindBidirectional(form.endDateProperty());
        signInPicker.valueProperty().bindBidirectional(form.lastSignInProperty());
        generalError.textProperty().bind(form.generalErrorProperty());
    }
}
