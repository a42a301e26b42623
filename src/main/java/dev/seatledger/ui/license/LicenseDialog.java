package dev.seatledger.ui.license;

import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SaveResult;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.Labels;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Add/edit license: every field of the seed table, inline errors, live warnings and derived cost. */
public class LicenseDialog extends Dialog<SaveResult> {

    public LicenseDialog(LicenseFormViewModel form) {
        setTitle(Messages.get(form.isNew() ? "license.dialog.add" : "license.dialog.edit"));
        setHeaderText(null);
        setResizable(true);
        ButtonType save = new ButtonType(Messages.get("catalog.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("catalog.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);

        ComboBox<ProductOption> product = new ComboBox<>(form.products());
        product.valueProperty().bindBidirectional(form.productProperty());
        product.setMaxWidth(Double.MAX_VALUE);
        TextField name = text(form.nameProperty());
        TextField seats = text(form.seatsTotalProperty());
        ComboBox<SeatType> seatType = choice(SeatType.values(), "license.seatType", SeatType.class);
        seatType.valueProperty().bindBidirectional(form.seatTypeProperty());
        seats.disableProperty().bind(form.seatTypeProperty().isEqualTo(SeatType.UNLIMITED));
        TextField perSeat = text(form.costPerSeatProperty());
        TextField total = text(form.totalCostProperty());
        TextField custom = text(form.customAnnualCostProperty());
        custom.disableProperty().bind(form.billingCycleProperty().isNotEqualTo(BillingCycle.CUSTOM));
        TextField currency = text(form.currencyProperty());
        currency.setPrefColumnCount(4);
        ComboBox<BillingCycle> cycle = choice(BillingCycle.values(), "license.cycle", BillingCycle.class);
        cycle.valueProperty().bindBidirectional(form.billingCycleProperty());
        DatePicker purchase = date(form.purchaseDateProperty());
        DatePicker start = date(form.startDateProperty());
        DatePicker expiry = date(form.expiryDateProperty());
        DatePicker renewal = date(form.renewalDateProperty());
        CheckBox autoRenew = new CheckBox();
        autoRenew.selectedProperty().bindBidirectional(form.autoRenewProperty());
        TextField notice = text(form.noticeDaysProperty());
        TextField owner = text(form.businessOwnerProperty());
        PasswordField key = new PasswordField();
        key.textProperty().bindBidirectional(form.licenseKeyProperty());
        if (!form.isNew()) {
            key.setPromptText(Messages.get("license.dialog.keyHint"));
        }
        TextField po = text(form.purchaseOrderProperty());
        TextField invoice = text(form.invoiceNumberProperty());
        TextField edition = text(form.editionProperty());
        TextField version = text(form.productVersionProperty());
        TextField vendor = text(form.vendorProperty());
        ComboBox<LicenseStatus> status = choice(LicenseStatus.values(), "license.status", LicenseStatus.class);
        status.valueProperty().bindBidirectional(form.statusProperty());
        TextArea notes = new TextArea();
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());

        FormGrid g = new FormGrid();
        var e = form.errors();
        g.field(Messages.get("license.field.product") + " *", product, "product", e);
        g.field(Messages.get("license.field.name"), name, "name", e);
        g.field(Messages.get("license.field.status") + " *", status, "status", e);
        g.field(Messages.get("license.field.seatType") + " *", seatType, "seatType", e);
        g.field(Messages.get("license.field.seatsTotal") + " *", seats, "seatsTotal", e);
        g.field(Messages.get("license.field.costPerSeat"), perSeat, "costPerSeat", e);
        g.field(Messages.get("license.field.totalCost"), total, "totalCost", e);
        g.field(Messages.get("license.field.currency"), currency, "currency", e);
        g.field(Messages.get("license.field.cycle") + " *", cycle, "billingCycle", e);
        g.field(Messages.get("license.field.customAnnual"), custom, "customAnnualCost", e);
        g.field(Messages.get("license.field.purchaseDate"), purchase, "purchaseDate", e);
        g.field(Messages.get("license.field.startDate"), start, "startDate", e);
        g.field(Messages.get("license.field.expiryDate"), expiry, "expiryDate", e);
        g.field(Messages.get("license.field.renewalDate"), renewal, "renewalDate", e);
        g.field(Messages.get("license.field.autoRenew"), autoRenew, "autoRenew", e);
        g.field(Messages.get("license.field.notice"), notice, "renewalNoticeDays", e);
        g.field(Messages.get("license.field.owner"), owner, "businessOwner", e);
        g.field(Messages.get("license.field.key"), key, "licenseKey", e);
        if (!form.isNew()) {
            CheckBox removeKey = new CheckBox(Messages.get("license.dialog.removeKey"));
            removeKey.selectedProperty().bindBidirectional(form.removeKeyProperty());
            removeKey.visibleProperty().bind(form.hasStoredKeyProperty());
            g.field("", removeKey, "removeKey", e);
        }
        g.field(Messages.get("license.field.po"), po, "purchaseOrder", e);
        g.field(Messages.get("license.field.invoice"), invoice, "invoiceNumber", e);
        g.field(Messages.get("license.field.edition"), edition, "edition", e);
        g.field(Messages.get("license.field.version"), version, "productVersion", e);
        g.field(Messages.get("license.field.vendor"), vendor, "vendor", e);
        g.field(Messages.get("license.field.notes"), notes, "notes", e);

        Label derived = new Label();
        derived.getStyleClass().add("text-muted");
        derived.setId("derivedCost");
        derived.textProperty().bind(form.derivedProperty());
        VBox warnings = new VBox(4);
        warnings.setId("warnings");
        form.warnings().addListener((javafx.collections.ListChangeListener<String>) c -> {
            warnings.getChildren().clear();
            for (String w : form.warnings()) {
                Label l = new Label(w);
                l.setWrapText(true);
                l.getStyleClass().add("warning-text");
                warnings.getChildren().add(l);
            }
        });
        Label general = new Label();
        general.getStyleClass().add("field-error");
        general.textProperty().bind(form.generalErrorProperty());

        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        getDialogPane().setContent(new VBox(10, scroll, derived, warnings, general));
        getDialogPane().setPrefWidth(640);

        AtomicReference<SaveResult> result = new AtomicReference<>();
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("saveLicenseButton");
        saveButton.disableProperty().bind(form.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, ev -> {
            ev.consume();
            form.save(r -> {
                result.set(r);
                setResult(r);
                close();
            });
        });
        setResultConverter(b -> result.get());
        setOnShown(ev -> product.requestFocus());
    }

    private static TextField text(javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static DatePicker date(javafx.beans.property.ObjectProperty<java.time.LocalDate> p) {
        DatePicker d = new DatePicker();
        d.valueProperty().bindBidirectional(p);
        d.setMaxWidth(Double.MAX_VALUE);
        d.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                String typed = d.getEditor().getText();
                try {
                    d.setValue(typed == null || typed.isBlank() ? null : d.getConverter().fromString(typed));
                } catch (java.time.format.DateTimeParseException ignored) {
                    d.getEditor().setText(d.getConverter().toString(d.getValue()));
                }
            }
        });
        return d;
    }

    private static <E extends Enum<E>> ComboBox<E> choice(E[] values, String prefix, Class<E> type) {
        ComboBox<E> c = new ComboBox<>();
        c.getItems().setAll(values);
        c.setConverter(Labels.converter(prefix, type));
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }
}
