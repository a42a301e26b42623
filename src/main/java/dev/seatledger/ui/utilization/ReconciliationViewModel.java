package dev.seatledger.ui.utilization;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.telemetry.TelemetryQuery;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The reconciliation screen: paid seats no one runs, and applications installed with no license behind them. */
public class ReconciliationViewModel {
    private final ObservableList<TelemetryQuery.UnusedSeat> unused = FXCollections.observableArrayList();
    private final ObservableList<TelemetryQuery.ShadowApp> shadow = FXCollections.observableArrayList();

    void show(List<TelemetryQuery.UnusedSeat> unusedSeats, List<TelemetryQuery.ShadowApp> shadowApps) {
        unused.setAll(unusedSeats);
        shadow.setAll(shadowApps);
    }

    /** "installed, never used" or "not installed". */
    public String installedText(TelemetryQuery.UnusedSeat u) {
        return Messages.get(u.installed() ? "util.unused.neverUsed" : "util.unused.notInstalled");
    }

    public ObservableList<TelemetryQuery.UnusedSeat> unused() { return unused; }
    public ObservableList<TelemetryQuery.ShadowApp> shadow() { return shadow; }
}
