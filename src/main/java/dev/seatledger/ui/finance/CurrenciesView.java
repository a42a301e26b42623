package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.finance.RateRow;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Confirm;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import dev.seatledger.ui.shell.Shortcuts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Base currency and the exchange-rate table: add or update a rate, edit by double-click, delete. */
public class CurrenciesView {
    private final CurrenciesViewModel vm;
    private Parent root;

    @FXML private Label noticeLabel;
    @FXML private FormGrid baseForm;
    @FXML private TextField baseCurrencyField;
    @FXML private Label ratesHelp;
    @FXML private Label withoutRateLabel;
    @FXML private TableView<RateRow> ratesTable;
    @FXML private TableColumn<RateRow, String> currencyCol;
    @FXML private TableColumn<RateRow, String> rateCol;
    @FXML private TableColumn<RateRow, String> asOfCol;
    @FXML private TableColumn<RateRow, String> byCol;
    @FXML private FormGrid rateForm;
    @FXML private TextField currencyField;
    @FXML private TextField rateField;
    @FXML private DatePicker asOfPicker;
    @FXML private Button editButton;
    @FXML private Button deleteButton;

    public CurrenciesView(CurrenciesViewModel vm) {
        this.vm = vm;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());
        baseForm.showErrors(vm.errors());
        baseCurrencyField.textProperty().bindBidirectional(vm.baseInputProperty());
        ratesHelp.textProperty().bind(Bindings.createStringBinding(
            () -> Messages.get("finance.rates.help", vm.baseProperty().get()), vm.baseProperty()));
        withoutRateLabel.textProperty().bind(vm.withoutRateProperty());

        ratesTable.setItems(vm.rows());
        Columns.bind(currencyCol, RateRow::currency);
        rateCol.textProperty().bind(Bindings.createStringBinding(
            () -> Messages.get("finance.rates.rate", vm.baseProperty().get()), vm.baseProperty()));
        Columns.bind(rateCol, r -> Labels.decimal(r.rate(), 0, r.rate().scale()));
        Columns.bind(asOfCol, r -> Labels.date(r.asOf()));
        Columns.bind(byCol, RateRow::updatedBy);
        ratesTable.setRowFactory(t -> {
            TableRow<RateRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.edit(row.getItem());
                }
            });
            return row;
        });
        BooleanBinding none = ratesTable.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        Shortcuts.tooltip(deleteButton, Shortcuts.DELETE);

        rateForm.showErrors(vm.errors());
        currencyField.textProperty().bindBidirectional(vm.currencyProperty());
        rateField.textProperty().bindBidirectional(vm.rateProperty());
        asOfPicker.valueProperty().bindBidirectional(vm.asOfProperty());
    }

    /** Ctrl/Cmd+N: the focus in the new rate's currency field. */
    void focusNewRate() {
        currencyField.requestFocus();
    }

    /** Delete: deletes the selected rate as the Delete button does; false when none is selected. */
    boolean deleteSelected() {
        return Shortcuts.press(deleteButton);
    }

    @FXML
    private void onSaveBase() {
        vm.saveBase();
    }

    @FXML
    private void onSaveRate() {
        vm.saveRate();
    }

    @FXML
    private void onEdit() {
        vm.edit(ratesTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onDelete() {
        RateRow row = ratesTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (Confirm.ask(ratesTable, Messages.get("finance.rates.delete.confirm", row.currency()))) {
            vm.delete(row);
        }
    }
}
