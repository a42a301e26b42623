package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.recognition.Suggestion;
import dev.seatledger.core.telemetry.AliasService;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The unknown applications screen: installed applications that match no product, most devices first, each with its
 * best suggestions (confidence and the reason in words). A decision on one (accept a suggestion, choose another
 * product, add it to the catalog, ignore it, or show an ignored one again) is an alias the core records in history
 * and re-matches at once; then every Utilization screen reads again, as seat usage moves with it. Free, system and
 * runtime items are hidden and counted; "show hidden" lists them too. "Accept all from N %" is {@link #acceptAll()}.
 */
public class UnknownAppsViewModel {
    static final int LISTED = 500;

    private final AliasService aliases;
    private final CatalogQuery catalog;
    private final TelemetryQuery telemetry;
    private final TaskExecutor executor;
    private final WorkStatus status;
    private final Runnable onChange;
    private final AcceptAllViewModel acceptAll;
    private final ObservableList<TelemetryQuery.UnknownApp> rows = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<TelemetryQuery.UnknownApp> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showHidden = new SimpleBooleanProperty(false);
    private final StringProperty hiddenText = new SimpleStringProperty("");
    private long suggestionRead;

    UnknownAppsViewModel(AliasService aliases, CatalogQuery catalog, TelemetryQuery telemetry, TaskExecutor executor,
                         WorkStatus status, Runnable onChange) {
        this.aliases = aliases;
        this.catalog = catalog;
        this.telemetry = telemetry;
        this.executor = executor;
        this.status = status;
        this.onChange = onChange;
        this.acceptAll = new AcceptAllViewModel(aliases, executor, status, onChange);
        selected.addListener((o, was, app) -> readSuggestions(app));
        showHidden.addListener((o, was, show) -> reload());
    }

    /** What the screen shows, read off the FX thread (with the other Utilization lists). */
    Lists read() {
        List<TelemetryQuery.UnknownApp> apps = new ArrayList<>(telemetry.unknownApps(LISTED));
        if (showHidden.get()) {
            apps.addAll(telemetry.hiddenApps(LISTED));
        }
        return new Lists(apps, telemetry.hiddenCount());
    }

    void show(Lists lists) {
        rows.setAll(lists.apps());
        hiddenText.set(Messages.get("util.unknown.hiddenCount", lists.hidden()));
    }

    /** Reads this screen alone again (the hidden items shown or not). */
    public void reload() {
        boolean reading = showHidden.get();
        executor.execute(this::read, lists -> {
            if (reading == showHidden.get()) {
                show(lists);
            }
        }, status::fail);
    }

    private void readSuggestions(TelemetryQuery.UnknownApp app) {
        long mine = ++suggestionRead;
        suggestions.clear();
        if (app == null) {
            return;
        }
        executor.execute(() -> aliases.suggestionsFor(app.appKey()), found -> {
            if (mine == suggestionRead) {
                suggestions.setAll(found);
            }
        }, status::fail);
    }

    /** The products an application can be mapped to, read off the FX thread. */
    public void products(Consumer<List<ProductOption>> result) {
        executor.execute(catalog::options, result, status::fail);
    }

    /** From now on {@code app} counts as {@code suggestion}'s product (its best one is the stored suggestion). */
    public void accept(TelemetryQuery.UnknownApp app, Suggestion suggestion) {
        if (suggestion == null || suggestion.productId() == nz(app.suggestionId())) {
            decide(() -> aliases.accept(app.appKey()), Messages.get("util.unknown.mapped", app.name(),
                suggestion == null ? app.suggestion() : suggestion.productName()));
        } else {
            decide(() -> aliases.map(app.appKey(), suggestion.productId()),
                Messages.get("util.unknown.mapped", app.name(), suggestion.productName()));
        }
    }

    /** From now on {@code app} counts as an installation of {@code product}. */
    public void mapApp(TelemetryQuery.UnknownApp app, ProductOption product) {
        decide(() -> aliases.map(app.appKey(), product.id()), Messages.get("util.unknown.mapped", app.name(), product.name()));
    }

    /** {@code app} is no catalog product: it is hidden with the free and system items. */
    public void ignore(TelemetryQuery.UnknownApp app) {
        decide(() -> aliases.ignore(app.appKey()), Messages.get("util.unknown.ignored", app.name()));
    }

    /** Takes back the user's "ignore" on {@code app}: recognition decides again. */
    public void showAgain(TelemetryQuery.UnknownApp app) {
        decide(() -> aliases.forget(app.appKey()), Messages.get("util.unknown.listedAgain", app.name()));
    }

    private void decide(Runnable decision, String notice) {
        executor.run(decision, () -> {
            status.noticeProperty().set(notice);
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

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }

    public ObservableList<TelemetryQuery.UnknownApp> rows() { return rows; }
    /** The selected application's best suggestions, most likely first. */
    public ObservableList<Suggestion> suggestions() { return suggestions; }
    public ObjectProperty<TelemetryQuery.UnknownApp> selectedProperty() { return selected; }
    public BooleanProperty showHiddenProperty() { return showHidden; }
    /** "312 free, system and ignored items hidden". */
    public StringProperty hiddenTextProperty() { return hiddenText; }
    public AcceptAllViewModel acceptAll() { return acceptAll; }

    /** The listed applications (the hidden ones after them when shown) and how many are hidden. */
    record Lists(List<TelemetryQuery.UnknownApp> apps, long hidden) {
    }
}
