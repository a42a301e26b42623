package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.telemetry.AliasService;
import dev.seatledger.core.telemetry.TelemetryImporter;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.core.utilization.ReclaimService;
import dev.seatledger.core.utilization.UtilizationQuery;
import dev.seatledger.core.utilization.UtilizationSummary;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Utilization tab around its five screens: the savings headline, the telemetry import, and the reads that fill
 * every screen. The totals, the ranking and the dormant seats' first page come in one read; the reconciliation
 * lists and devices in a second, so they never hold the first back.
 */
public class UtilizationViewModel {
    private final UtilizationQuery utilization;
    private final TelemetryQuery telemetry;
    private final CatalogQuery catalog;
    private final TaskExecutor executor;
    private final WorkStatus status = new WorkStatus();
    private final RankingViewModel ranking = new RankingViewModel();
    private final DormantSeatsViewModel dormant;
    private final ReconciliationViewModel reconciliation = new ReconciliationViewModel();
    private final UnknownAppsViewModel unknown;
    private final DevicesViewModel devices = new DevicesViewModel();
    private final TelemetryImportViewModel telemetryImport;
    private final StringProperty savings = new SimpleStringProperty("");
    private final StringProperty missingRates = new SimpleStringProperty("");

    public UtilizationViewModel(UtilizationQuery utilization, TelemetryQuery telemetry, TelemetryImporter importer,
                                AliasService aliases, ReclaimService reclaim, CatalogQuery catalog, TaskExecutor executor,
                                Clock clock) {
        this.utilization = utilization;
        this.telemetry = telemetry;
        this.catalog = catalog;
        this.executor = executor;
        this.dormant = new DormantSeatsViewModel(utilization, reclaim, executor, status, this::refresh);
        this.unknown = new UnknownAppsViewModel(aliases, catalog, telemetry, executor, status, this::refresh);
        this.telemetryImport = new TelemetryImportViewModel(importer, executor, clock, status, this::refresh);
    }

    /** Reloads every screen: totals, ranking and the dormant seats' first page first, then the telemetry lists. */
    public void refresh() {
        DormantSeatsViewModel.Read read = dormant.open();
        executor.execute(() -> {
            UtilizationSummary summary = utilization.summary();
            return new Snapshot(summary, dormant.firstPage(read, summary), catalog.options());
        }, s -> {
            UtilizationSummary r = s.summary();
            ranking.show(r.ranking());
            dormant.show(read, s.dormant(), s.products());
            savings.set(Messages.get("util.savings.total", Money.format(r.totalSavingsBase(), r.baseCurrency()),
                r.dormantSeats()));
            missingRates.set(r.missingRates().isEmpty() ? ""
                : Messages.get("util.savings.missingRates", String.join(", ", r.missingRates()), r.baseCurrency()));
            refreshTelemetry();
        }, status::fail);
    }

    private void refreshTelemetry() {
        executor.execute(() -> new TelemetryLists(telemetry.paidUnused(2000), telemetry.shadowIt(500),
            unknown.read(), telemetry.devices(5000)), r -> {
                reconciliation.show(r.unused(), r.shadow());
                unknown.show(r.unknown());
                devices.show(r.devices());
            }, status::fail);
    }

    public RankingViewModel ranking() { return ranking; }
    public DormantSeatsViewModel dormant() { return dormant; }
    public ReconciliationViewModel reconciliation() { return reconciliation; }
    public UnknownAppsViewModel unknown() { return unknown; }
    public DevicesViewModel devices() { return devices; }
    public TelemetryImportViewModel telemetryImport() { return telemetryImport; }
    public WorkStatus status() { return status; }
    public StringProperty savingsProperty() { return savings; }
    public StringProperty missingRatesProperty() { return missingRates; }

    private record Snapshot(UtilizationSummary summary, DormantSeatsViewModel.First dormant,
                            List<ProductOption> products) {
    }

    private record TelemetryLists(List<TelemetryQuery.UnusedSeat> unused, List<TelemetryQuery.ShadowApp> shadow,
                                  UnknownAppsViewModel.Lists unknown, List<TelemetryQuery.DeviceRow> devices) {
    }
}
