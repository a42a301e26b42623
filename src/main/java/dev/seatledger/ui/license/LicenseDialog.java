package dev.seatledger.ui.license;

import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SaveResult;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.ui.common.DateField;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.FxmlDialog;
import dev.seatledger.ui.common.Labels;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Add/edit license: every field of the seed table, inline errors, live warnings and derived cost. */
public class LicenseDialog extends FxmlDialog<SaveResult> {
    private final LicenseFormViewModel form;
    private SaveResult saved;

    @FXML private ButtonType saveType;
    @FXML private FormGrid grid;
    @FXML private ComboBox<ProductOption> productBox;
    @FXML private TextField nameField;
    @FXML private ComboBox<LicenseStatus> statusBox;
    @FXML private ComboBox<SeatType> seatTypeBox;
    @FXML private TextField seatsField;
    @FXML private TextField perSeatField;
    @FXML private TextField totalField;
    @FXML private TextField currencyField;
    @FXML private ComboBox<BillingCycle> cycleBox;
    @FXML private TextField customField;
    @FXML private DateField purchasePicker;
    @FXML private DateField startPicker;
    @FXML private DateField expiryPicker;
    @FXML private DateField renewalPicker;
    @FXML private CheckBox autoRenewCheck;
    @FXML private TextField noticeField;
    @FXML private TextField ownerField;
    @FXML private PasswordField keyField;
    @FXML private CheckBox removeKeyCheck;
    @FXML private TextField poField;
    @FXML private TextField invoiceField;
    @FXML private TextField editionField;
    @FXML private TextField versionField;
    @FXML private TextField vendorField;
    @FXML private TextArea notesField;
    @FXML private Label derivedCost;
    @FXML private VBox warnings;
    @FXML private Label generalError;

    public LicenseDialog(LicenseFormViewModel form) {
        super(Messages.get(form.isNew() ? "license.dialog.add" : "license.dialog.edit"));
        this.form = form;
        setResizable(true);
        loadPane();
        command(saveType, "saveLicenseButton", () -> form.save(r -> {
            saved = r;
            closeWith(r);
        })).disableProperty().bind(form.busyProperty());
        setResultConverter(b -> saved);
        setOnShown(e -> productBox.requestFocus());
    }

    @FXML
    private void initialize() {
        grid.showErrors(form.errors());
        productBox.setItems(form.products());
        productBox.valueProperty().bindBidirectional(form.productProperty());
        nameField.textProperty().bindBidirectional(form.nameProperty());
        choice(statusBox, LicenseStatus.values(), "license.status", LicenseStatus.class);
        statusBox.valueProperty().bindBidirectional(form.statusProperty());
        choice(seatTypeBox, SeatType.values(), "license.seatType", SeatType.class);
        seatTypeBox.valueProperty().bindBidirectional(form.seatTypeProperty());
        seatsField.textProperty().bindBidirectional(form.seatsTotalProperty());
        seatsField.disableProperty().bind(form.seatTypeProperty().isEqualTo(SeatType.UNLIMITED));
        perSeatField.textProperty().bindBidirectional(form.costPerSeatProperty());
        totalField.textProperty().bindBidirectional(form.totalCostProperty());
        currencyField.textProperty().bindBidirectional(form.currencyProperty());
        choice(cycleBox, BillingCycle.values(), "license.cycle", BillingCycle.class);
        cycleBox.valueProperty().bindBidirectional(form.billingCycleProperty());
        customField.textProperty().bindBidirectional(form.customAnnualCostProperty());
        customField.disableProperty().bind(form.billingCycleProperty().isNotEqualTo(BillingCycle.CUSTOM));
        purchasePicker.valueProperty().bindBidirectional(form.purchaseDateProperty());
        startPicker.valueProperty().bindBidirectional(form.startDateProperty());
        expiryPicker.valueProperty().bindBidirectional(form.expiryDateProperty());
        renewalPicker.valueProperty().bindBidirectional(form.renewalDateProperty());
        autoRenewCheck.selectedProperty().bindBidirectional(form.autoRenewProperty());
        noticeField.textProperty().bindBidirectional(form.noticeDaysProperty());
        ownerField.textProperty().bindBidirectional(form.businessOwnerProperty());
        keyField.textProperty().bindBidirectional(form.licenseKeyProperty());
        if (form.isNew()) {
            grid.omit("removeKey");
        } else {
            keyField.setPromptText(Messages.get("license.dialog.keyHint"));
            removeKeyCheck.selectedProperty().bindBidirectional(form.removeKeyProperty());
            removeKeyCheck.visibleProperty().bind(form.hasStoredKeyProperty());
        }
        poField.textProperty().bindBidirectional(form.purchaseOrderProperty());
        invoiceField.textProperty().bindBidirectional(form.invoiceNumberProperty());
        editionField.textProperty().bindBidirectional(form.editionProperty());
        versionField.textProperty().bindBidirectional(form.productVersionProperty());
        vendorField.textProperty().bindBidirectional(form.vendorProperty());
        notesField.textProperty().bindBidirectional(form.notesProperty());
        derivedCost.textProperty().bind(form.derivedProperty());
        form.warnings().addListener((ListChangeListener<String>) c -> {
            warnings.getChildren().clear();
            for (String w : form.warnings()) {
                Label l = new Label(w);
                l.setWrapText(true);
                l.getStyleClass().add("warning-text");
                warnings.getChildren().add(l);
            }
        });
        generalError.textProperty().bind(form.generalErrorProperty());
    }

    private static <E extends Enum<E>> void choice(ComboBox<E> box, E[] values, String prefix, Class<E> type) {
        box.getItems().setAll(values);
        box.setConverter(Labels.converter(prefix, type));
    }
}
