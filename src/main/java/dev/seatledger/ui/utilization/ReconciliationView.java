package dev.seatledger.ui.utilization;

import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The reconciliation screen's controller. */
public class ReconciliationView {
    private final ReconciliationViewModel vm;

    @FXML private TableView<TelemetryQuery.UnusedSeat> unusedTable;
    @FXML private TableColumn<TelemetryQuery.UnusedSeat, String> unusedLicenseCol;
    @FXML private TableColumn<TelemetryQuery.UnusedSeat, String> unusedHolderCol;
    @FXML private TableColumn<TelemetryQuery.UnusedSeat, String> unusedInstalledCol;
    @FXML private TableView<TelemetryQuery.ShadowApp> shadowTable;
    @FXML private TableColumn<TelemetryQuery.ShadowApp, String> shadowAppCol;
    @FXML private TableColumn<TelemetryQuery.ShadowApp, String> shadowDevicesCol;

    public ReconciliationView(ReconciliationViewModel vm) {
        this.vm = vm;
    }

    public Parent root() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        unusedTable.setItems(vm.unused());
        Columns.bind(unusedLicenseCol, TelemetryQuery.UnusedSeat::license);
        Columns.bind(unusedHolderCol, TelemetryQuery.UnusedSeat::holder);
        Columns.bind(unusedInstalledCol, vm::installedText);
        shadowTable.setItems(vm.shadow());
        Columns.bind(shadowAppCol, TelemetryQuery.ShadowApp::product);
        Columns.bind(shadowDevicesCol, a -> Labels.count(a.devices()));
    }
}
