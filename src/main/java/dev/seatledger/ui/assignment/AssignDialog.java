package dev.seatledger.ui.assignment;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.people.PersonOption;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.FxmlDialog;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Assign a seat: pick an active person (searchable), optional access level, account identifier and notes. */
public class AssignDialog extends FxmlDialog<ButtonType> {
    private final AssignDialogViewModel vm;

    @FXML private ButtonType assignType;
    @FXML private FormGrid form;
    @FXML private TextField personSearch;
    @FXML private ListView<PersonOption> personList;
    @FXML private TextField accessField;
    @FXML private TextField accountField;
    @FXML private TextArea notesField;
    @FXML private Label assignRefusal;

    public AssignDialog(AssignDialogViewModel vm) {
        super(Messages.get("seats.assign.title"));
        this.vm = vm;
        loadPane();
        command(assignType, "assignButton", () -> vm.assign(() -> closeWith(ButtonType.OK)));
        setOnShown(e -> personSearch.requestFocus());
        vm.searchPeople();
    }

    @FXML
    private void initialize() {
        form.showErrors(vm.errors());
        personSearch.textProperty().bindBidirectional(vm.searchProperty());
        personList.itemsProperty().bind(vm.matchesProperty());
        personList.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> vm.personProperty().set(p));
        accessField.textProperty().bindBidirectional(vm.accessLevelProperty());
        accountField.textProperty().bindBidirectional(vm.accountIdentifierProperty());
        notesField.textProperty().bindBidirectional(vm.notesProperty());
        assignRefusal.textProperty().bind(vm.generalErrorProperty());
    }
}
