package dev.seatledger.ui.assignment;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.people.PersonOption;
import dev.seatledger.ui.common.FormGrid;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Assign a seat: pick an active person (searchable), optional access level, account identifier and notes. */
public class AssignDialog extends Dialog<ButtonType> {
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty refusal = new SimpleStringProperty("");

    public AssignDialog(SeatsPanelViewModel vm) {
        setTitle(Messages.get("seats.assign.title"));
        setHeaderText(null);
        ButtonType assign = new ButtonType(Messages.get("seats.assign"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(assign,
            new ButtonType(Messages.get("catalog.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        TextField search = new TextField();
        search.setPromptText(Messages.get("seats.assign.search"));
        search.setId("personSearch");
        ListView<PersonOption> matches = new ListView<>();
        matches.setId("personList");
        matches.setPrefHeight(180);
        search.textProperty().addListener((o, a, text) ->
            vm.searchPeople(text, list -> matches.setItems(FXCollections.observableArrayList(list))));
        vm.searchPeople("", list -> matches.setItems(FXCollections.observableArrayList(list)));
        TextField access = new TextField();
        TextField account = new TextField();
        TextArea notes = new TextArea();
        notes.setPrefRowCount(2);
        notes.setWrapText(true);

        FormGrid grid = new FormGrid();
        grid.field(Messages.get("assignment.field.person") + " *", new VBox(4, search, matches), "person", errors);
        grid.field(Messages.get("assignment.field.access"), access, "accessLevel", errors);
        grid.field(Messages.get("assignment.field.account"), account, "accountIdentifier", errors);
        grid.field(Messages.get("assignment.field.notes"), notes, "notes", errors);
        Label refused = new Label();
        refused.setId("assignRefusal");
        refused.getStyleClass().add("field-error");
        refused.setWrapText(true);
        refused.textProperty().bind(refusal);
        getDialogPane().setContent(new VBox(10, grid, refused));
        getDialogPane().setPrefWidth(560);

        Button ok = (Button) getDialogPane().lookupButton(assign);
        ok.setId("assignButton");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.assign(matches.getSelectionModel().getSelectedItem(),
                new AssignmentDraft(access.getText(), account.getText(), notes.getText()), errors, refusal, () -> {
                    setResult(ButtonType.OK);
                    close();
                });
        });
        setOnShown(e -> search.requestFocus());
    }
}
