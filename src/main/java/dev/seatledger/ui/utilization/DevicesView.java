package dev.seatledger.ui.utilization;

import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The devices screen's controller. */
public class DevicesView {
    private final DevicesViewModel vm;

    @FXML private TableView<TelemetryQuery.DeviceRow> devicesTable;
    @FXML private TableColumn<TelemetryQuery.DeviceRow, String> hostCol;
    @FXML private TableColumn<TelemetryQuery.DeviceRow, String> userCol;
    @FXML private TableColumn<TelemetryQuery.DeviceRow, String> lastSeenCol;
    @FXML private TableColumn<TelemetryQuery.DeviceRow, String> appsCol;

    public DevicesView(DevicesViewModel vm) {
        this.vm = vm;
    }

    public Parent root() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        devicesTable.setItems(vm.rows());
        Columns.bind(hostCol, TelemetryQuery.DeviceRow::hostname);
        Columns.bind(userCol, TelemetryQuery.DeviceRow::primaryUser);
        Columns.bind(lastSeenCol, d -> Labels.instant(d.lastSeen()));
        Columns.bind(appsCol, d -> Labels.count(d.apps()));
    }
}
