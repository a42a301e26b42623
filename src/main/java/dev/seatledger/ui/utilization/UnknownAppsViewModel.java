package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.telemetry.AliasService;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The unknown applications screen: installed applications that match no product, each of which can be mapped to
 * a catalog product or added to the catalog as a new one.
 */
public class UnknownAppsViewModel {
    private final AliasService aliases;
    private final CatalogQuery catalog;
    private final TaskExecutor executor;
    private final WorkStatus status;
    private final Runnable onChange;
    private final ObservableList<TelemetryQuery.UnknownApp> rows = FXCollections.observableArrayList();

    UnknownAppsViewModel(AliasService aliases, CatalogQuery catalog, TaskExecutor executor, WorkStatus status,
                         Runnable onChange) {
        this.aliases = aliases;
        this.catalog = catalog;
        this.executor = executor;
        this.status = status;
        this.onChange = onChange;
    }

    void show(List<TelemetryQuery.UnknownApp> apps) {
        rows.setAll(apps);
    }

    /** The products an application can be mapped to, read off the FX thread. */
    public void products(Consumer<List<ProductOption>> result) {
        executor.execute(catalog::options, result, status::fail);
    }

    /** From now on {@code app} counts as an installation of {@code product}. */
    public void mapApp(TelemetryQuery.UnknownApp app, ProductOption product) {
        executor.run(() -> aliases.map(app.appKey(), product.id()), () -> {
            status.noticeProperty().set(Messages.get("util.unknown.mapped", app.name(), product.name()));
            onChange.run();
        }, status::fail);
    }

    /** The form that adds {@code app} to the catalog as a new product; once added, the screens say so and read again. */
    public AddToCatalogViewModel addToCatalogForm(TelemetryQuery.UnknownApp app) {
        return new AddToCatalogViewModel(aliases, executor, app, product -> {
            status.noticeProperty().set(Messages.get("util.unknown.added", product));
            onChange.run();
        });
    }

    public ObservableList<TelemetryQuery.UnknownApp> rows() { return rows; }
}
