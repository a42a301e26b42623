package dev.seatledger.ui.finance;

import dev.seatledger.ui.common.Columns;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.finance.RateRow;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Base currency and the exchange-rate table: add or update a rate, edit by double-click, delete. */
public class CurrenciesView {
    private final CurrenciesViewModel vm;
    private final VBox root = new VBox(12);

    public CurrenciesView(CurrenciesViewModel vm) {
        this.vm = vm;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("page");
        root.setPadding(new Insets(14, 18, 14, 18));
        root.setMaxWidth(900);
        Label notice = new Label();
        notice.getStyleClass().add("notice-banner");
        notice.setManaged(false);
        notice.setVisible(false);
        notice.setMaxWidth(Double.MAX_VALUE);
        Notices.bind(notice, vm.noticeProperty(), vm.errorProperty());

        Label baseTitle = new Label(Messages.get("finance.base.title"));
        baseTitle.getStyleClass().add("section-title");
        Label baseHelp = new Label(Messages.get("finance.base.help"));
        baseHelp.getStyleClass().add("text-muted");
        baseHelp.setWrapText(true);
        TextField baseField = new TextField();
        baseField.setPrefColumnCount(5);
        baseField.textProperty().bindBidirectional(vm.baseInputProperty());
        Button saveBase = new Button(Messages.get("finance.base.save"));
        saveBase.setOnAction(e -> vm.saveBase());
        FormGrid baseForm = new FormGrid();
        HBox baseRow = new HBox(8, baseField, saveBase);
        baseRow.setAlignment(Pos.CENTER_LEFT);
        baseForm.field(Messages.get("finance.base.label"), baseRow, "base", vm.errors());
        baseField.setId("baseCurrencyField");

        Label ratesTitle = new Label(Messages.get("finance.rates.title"));
        ratesTitle.getStyleClass().add("section-title");
        Label ratesHelp = new Label();
        ratesHelp.getStyleClass().add("text-muted");
        ratesHelp.setWrapText(true);
        ratesHelp.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
            () -> Messages.get("finance.rates.help", vm.baseProperty().get()), vm.baseProperty()));
        Label without = new Label();
        without.getStyleClass().add("finance-hint");
        without.setWrapText(true);
        without.textProperty().bind(vm.withoutRateProperty());

        TableView<RateRow> table = new TableView<>(vm.rows());
        table.setId("ratesTable");
        table.setPrefHeight(220);
        TableColumn<RateRow, String> cur = new TableColumn<>(Messages.get("finance.rates.currency"));
        Columns.bind(cur, r -> r.currency());
        TableColumn<RateRow, String> rate = new TableColumn<>();
        rate.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
            () -> Messages.get("finance.rates.rate", vm.baseProperty().get()), vm.baseProperty()));
        Columns.bind(rate, r -> r.rate().toPlainString());
        rate.getStyleClass().add("numeric");
        TableColumn<RateRow, String> asOf = new TableColumn<>(Messages.get("finance.rates.asOf"));
        Columns.bind(asOf, r -> Labels.date(r.asOf()));
        TableColumn<RateRow, String> by = new TableColumn<>(Messages.get("finance.rates.by"));
        Columns.bind(by, r -> r.updatedBy());
        table.getColumns().setAll(java.util.List.of(cur, rate, asOf, by));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("finance.rates.empty")));
        table.setRowFactory(t -> {
            TableRow<RateRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.edit(row.getItem());
                }
            });
            return row;
        });
        Button edit = new Button(Messages.get("finance.rates.edit"));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> vm.edit(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(Messages.get("finance.rates.delete"));
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));

        FormGrid form = new FormGrid();
        TextField currency = new TextField();
        currency.setPromptText("USD");
        currency.textProperty().bindBidirectional(vm.currencyProperty());
        TextField rateField = new TextField();
        rateField.setPromptText("0.92");
        rateField.textProperty().bindBidirectional(vm.rateProperty());
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(vm.asOfProperty());
        date.setPromptText(Messages.get("finance.rates.asOf.prompt"));
        form.field(Messages.get("finance.rates.currency"), currency, "currency", vm.errors());
        form.field(Messages.get("finance.rates.rateLabel"), rateField, "rate", vm.errors());
        form.field(Messages.get("finance.rates.asOf"), date, "asOf", vm.errors());
        Button save = new Button(Messages.get("finance.rates.save"));
        save.getStyleClass().add("accent");
        save.setId("saveRate");
        save.setOnAction(e -> vm.saveRate());
        HBox actions = new HBox(8, save, edit, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.SOMETIMES);
        root.getChildren().addAll(notice, baseTitle, baseHelp, baseForm, ratesTitle, ratesHelp, without, table, form,
            actions);
    }
}
