package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The unknown applications screen's controller: map an application to a product, or add it to the catalog. */
public class UnknownAppsView {
    private final UnknownAppsViewModel vm;

    @FXML private Button mapButton;
    @FXML private Button addButton;
    @FXML private TableView<TelemetryQuery.UnknownApp> unknownTable;
    @FXML private TableColumn<TelemetryQuery.UnknownApp, String> nameCol;
    @FXML private TableColumn<TelemetryQuery.UnknownApp, String> keyCol;
    @FXML private TableColumn<TelemetryQuery.UnknownApp, String> devicesCol;

    public UnknownAppsView(UnknownAppsViewModel vm) {
        this.vm = vm;
    }

    public Parent root() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        unknownTable.setItems(vm.rows());
        Columns.bind(nameCol, TelemetryQuery.UnknownApp::name);
        Columns.bind(keyCol, TelemetryQuery.UnknownApp::appKey);
        Columns.bind(devicesCol, a -> Labels.count(a.devices()));
        mapButton.disableProperty().bind(unknownTable.getSelectionModel().selectedItemProperty().isNull());
        addButton.disableProperty().bind(unknownTable.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void onMap() {
        TelemetryQuery.UnknownApp app = unknownTable.getSelectionModel().getSelectedItem();
        vm.products(options -> {
            if (options.isEmpty()) {
                return;
            }
            ChoiceDialog<ProductOption> d = new ChoiceDialog<>(options.get(0), options);
            d.initOwner(unknownTable.getScene().getWindow());
            d.setHeaderText(app.name());
            d.showAndWait().ifPresent(p -> vm.mapApp(app, p));
        });
    }

    @FXML
    private void onAdd() {
        TelemetryQuery.UnknownApp app = unknownTable.getSelectionModel().getSelectedItem();
        AddToCatalogDialog d = new AddToCatalogDialog(vm.addToCatalogForm(app));
        d.initOwner(unknownTable.getScene().getWindow());
        d.showAndWait();
    }
}
