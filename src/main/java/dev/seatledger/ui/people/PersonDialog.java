package dev.seatledger.ui.people;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.Labels;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Add/edit person dialog with inline errors. */
public class PersonDialog extends Dialog<Long> {
    private Long savedId;

    public PersonDialog(PersonFormViewModel form) {
        setTitle(Messages.get(form.isNew() ? "people.add" : "people.edit"));
        setHeaderText(null);
        ButtonType save = new ButtonType(Messages.get("catalog.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save,
            new ButtonType(Messages.get("catalog.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        FormGrid g = new FormGrid();
        var e = form.errors();
        g.field(Messages.get("person.field.name") + " *", text(form.nameProperty()), "displayName", e);
        g.field(Messages.get("person.field.email") + " *", text(form.emailProperty()), "email", e);
        g.field(Messages.get("person.field.department"), text(form.departmentProperty()), "department", e);
        g.field(Messages.get("person.field.title"), text(form.jobTitleProperty()), "jobTitle", e);
        g.field(Messages.get("person.field.manager"), text(form.managerProperty()), "manager", e);
        g.field(Messages.get("person.field.employeeId"), text(form.employeeIdProperty()), "employeeId", e);
        ComboBox<PersonStatus> status = new ComboBox<>();
        status.getItems().setAll(PersonStatus.values());
        status.setConverter(Labels.converter("person.status", PersonStatus.class));
        status.valueProperty().bindBidirectional(form.statusProperty());
        g.field(Messages.get("person.field.status"), status, "status", e);
        DatePicker end = new DatePicker();
        end.valueProperty().bindBidirectional(form.endDateProperty());
        g.field(Messages.get("person.field.endDate"), end, "endDate", e);
        DatePicker signIn = new DatePicker();
        signIn.valueProperty().bindBidirectional(form.lastSignInProperty());
        g.field(Messages.get("person.field.lastSignIn"), signIn, "lastSignIn", e);
        Label general = new Label();
        general.getStyleClass().add("field-error");
        general.textProperty().bind(form.generalErrorProperty());
        getDialogPane().setContent(new VBox(10, g, general));
        getDialogPane().setPrefWidth(520);
        Button ok = (Button) getDialogPane().lookupButton(save);
        ok.setId("savePersonButton");
        ok.addEventFilter(ActionEvent.ACTION, ev -> {
            ev.consume();
            form.save(id -> {
                savedId = id;
                setResult(id);
                close();
            });
        });
        setResultConverter(b -> savedId);
    }

    private static TextField text(javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
