package dev.seatledger.ui.utilization;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.utilization.UtilizationQuery;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.TaskExecutor;
import javafx.stage.Stage;

/** The Utilization tab on a test database's services: its view model, or the tab shown in a test window and read. */
final class UtilizationTab {
    private UtilizationTab() {
    }

    static UtilizationViewModel viewModel(AppServices s, TaskExecutor executor) {
        return viewModel(s, s.utilization(), executor);
    }

    /** The same with another utilization query (one that counts its reads, say). */
    static UtilizationViewModel viewModel(AppServices s, UtilizationQuery utilization, TaskExecutor executor) {
        return new UtilizationViewModel(utilization, s.telemetry(), s.telemetryImporter(), s.aliases(), s.reclaim(),
            s.catalog(), executor, s.clock());
    }

    /** Shows the tab at 1280 × 800 with the default dormancy window and reads it, as opening the tab does. */
    static UtilizationViewModel show(Stage stage, AppServices s, TaskExecutor executor) {
        UtilizationViewModel vm = viewModel(s, executor);
        TestScenes.show(stage, new UtilizationView(vm, "Dormancy window: 90 days").root(), 1280, 800);
        vm.refresh();
        return vm;
    }
}
