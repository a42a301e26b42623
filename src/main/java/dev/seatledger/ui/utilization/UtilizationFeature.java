package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.telemetry.AliasService;
import dev.seatledger.core.telemetry.TelemetryImporter;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.core.utilization.ReclaimService;
import dev.seatledger.core.utilization.UtilizationQuery;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import java.time.Clock;
import java.util.function.IntSupplier;
import javafx.scene.Parent;

/** The Utilization tab, built when first opened, which reads its figures each time it is shown. */
public class UtilizationFeature {
    private final UtilizationQuery utilization;
    private final TelemetryQuery telemetry;
    private final TelemetryImporter importer;
    private final AliasService aliases;
    private final ReclaimService reclaim;
    private final CatalogQuery catalog;
    private final TaskExecutor executor;
    private final Clock clock;
    private final IntSupplier dormancyDays;

    public UtilizationFeature(UtilizationQuery utilization, TelemetryQuery telemetry, TelemetryImporter importer,
                              AliasService aliases, ReclaimService reclaim, CatalogQuery catalog, TaskExecutor executor,
                              Clock clock, IntSupplier dormancyDays) {
        this.utilization = utilization;
        this.telemetry = telemetry;
        this.importer = importer;
        this.aliases = aliases;
        this.reclaim = reclaim;
        this.catalog = catalog;
        this.executor = executor;
        this.clock = clock;
        this.dormancyDays = dormancyDays;
    }

    public void install(MainWindow shell) {
        shell.setUtilization(() -> {
            UtilizationViewModel vm = new UtilizationViewModel(utilization, telemetry, importer, aliases, reclaim,
                catalog, executor, clock);
            UtilizationView view = new UtilizationView(vm, Messages.get("util.window", dormancyDays.getAsInt()));
            Parent root = view.root();
            shell.onShown(root, vm::refresh);
            shell.setCommands(root, view.commands());
            return root;
        });
    }
}
