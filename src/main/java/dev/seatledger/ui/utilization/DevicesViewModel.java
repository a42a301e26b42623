package dev.seatledger.ui.utilization;

import dev.seatledger.core.telemetry.TelemetryQuery;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The devices screen: every device telemetry reported, its primary user, when it was last seen, its applications. */
public class DevicesViewModel {
    private final ObservableList<TelemetryQuery.DeviceRow> rows = FXCollections.observableArrayList();

    void show(List<TelemetryQuery.DeviceRow> devices) {
        rows.setAll(devices);
    }

    public ObservableList<TelemetryQuery.DeviceRow> rows() { return rows; }
}
