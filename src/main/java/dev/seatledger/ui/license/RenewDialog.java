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

/** "Renew…": the next term's dates, seats, price, PO and invoice; errors under their fields, the dialog stays open. */
public class RenewDialog extends FxmlDialog<TermChange> {
    private final RenewDialogViewModel vm;
    private TermChange saved;

    @FXML private ButtonType renewType;
    @FXML private FormGrid grid;
    @FXML private DateField startField;
    @FXML private DateField endField;
    @FXML private TextField seatsField;
    @FXML private TextField perSeatField;
    @FXML private TextField totalField;
    @FXML private TextField poField;
    @FXML private TextField invoiceField;
    @FXML private Label basisLabel;
    @FXML private Label pricingLabel;
    @FXML private Label generalError;

    public RenewDialog(RenewDialogViewModel vm, String licenseName) {
        super(Messages.get("termui.renew.title", licenseName));
        this.vm = vm;
        loadPane();
        command(renewType, "saveRenewalButton", () -> vm.renew(c -> {
            saved = c;
            closeWith(c);
        })).disableProperty().bind(vm.busyProperty());
        setResultConverter(b -> saved);
        setOnShown(e -> endField.requestFocus());
    }

    @FXML
    private void initialize() {
        grid.showErrors(vm.errors());
        startField.valueProperty().bindBidirectional(vm.startProperty());
        endField.valueProperty().bindBidirectional(vm.endProperty());
        seatsField.textProperty().bindBidirectional(vm.seatsProperty());
        seatsField.disableProperty().bind(vm.unlimitedProperty());
        perSeatField.textProperty().bindBidirectional(vm.perSeatProperty());
        totalField.textProperty().bindBidirectional(vm.totalProperty());
        poField.textProperty().bindBidirectional(vm.purchaseOrderProperty());
        invoiceField.textProperty().bindBidirectional(vm.invoiceNumberProperty());
        basisLabel.textProperty().bind(vm.basisProperty());
        pricingLabel.textProperty().bind(vm.pricingProperty());
        generalError.textProperty().bind(vm.generalErrorProperty());
    }
}
