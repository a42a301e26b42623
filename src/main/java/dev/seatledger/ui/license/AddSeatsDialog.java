package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.TermChange;
import dev.seatledger.ui.common.DateField;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.FxmlDialog;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** "Add seats…": how many, from when, at what price; the prorated cost shows as the figures are typed. */
public class AddSeatsDialog extends FxmlDialog<TermChange> {
    private final AddSeatsDialogViewModel vm;
    private TermChange saved;

    @FXML private ButtonType addType;
    @FXML private FormGrid grid;
    @FXML private TextField seatsField;
    @FXML private DateField fromField;
    @FXML private TextField perSeatField;
    @FXML private TextField poField;
    @FXML private Label quoteLabel;
    @FXML private Label generalError;

    public AddSeatsDialog(AddSeatsDialogViewModel vm, String licenseName) {
        super(Messages.get("termui.addSeats.title", licenseName));
        this.vm = vm;
        loadPane();
        command(addType, "saveSeatsButton", () -> vm.save(c -> {
            saved = c;
            closeWith(c);
        })).disableProperty().bind(vm.busyProperty());
        setResultConverter(b -> saved);
        setOnShown(e -> seatsField.requestFocus());
    }

    @FXML
    private void initialize() {
        grid.showErrors(vm.errors());
        seatsField.textProperty().bindBidirectional(vm.seatsProperty());
        fromField.valueProperty().bindBidirectional(vm.fromProperty());
        perSeatField.textProperty().bindBidirectional(vm.perSeatProperty());
        poField.textProperty().bindBidirectional(vm.purchaseOrderProperty());
        quoteLabel.textProperty().bind(vm.quoteProperty());
        generalError.textProperty().bind(vm.generalErrorProperty());
    }
}
