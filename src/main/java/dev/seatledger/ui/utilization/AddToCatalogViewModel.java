package dev.seatledger.ui.utilization;

import dev.seatledger.core.telemetry.AliasService;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.ui.common.FormViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Adds an unknown application to the catalog as a new product and maps it there. The name starts as the
 * application's own (without a macOS ".app"); name and publisher are required and the name must be free, which the
 * catalog checks: a refusal shows under its field and the dialog stays open.
 */
public class AddToCatalogViewModel extends FormViewModel {
    private final AliasService aliases;
    private final TelemetryQuery.UnknownApp app;
    private final Consumer<String> onAdded;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty publisher = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");

    /** {@code onAdded} receives the new product's name after it was added and the application mapped to it. */
    AddToCatalogViewModel(AliasService aliases, TaskExecutor executor, TelemetryQuery.UnknownApp app,
                          Consumer<String> onAdded) {
        super(executor);
        this.aliases = aliases;
        this.app = app;
        this.onAdded = onAdded;
        name.set(productName(app));
    }

    /** The name a new catalog product for {@code app} is given: its name without a macOS ".app". */
    static String productName(TelemetryQuery.UnknownApp app) {
        return app.name().replaceAll("(?i)\\.app$", "").strip();
    }

    /** Creates the product and maps the application to it; {@code onDone} closes the dialog. */
    public void save(Runnable onDone) {
        String product = blankToNull(name.get());
        submit(() -> aliases.addToCatalog(app.appKey(), product, blankToNull(publisher.get()),
            blankToNull(category.get())), id -> {
                onDone.run();
                onAdded.accept(product.strip());
            });
    }

    /** The application as the dialog names it. */
    public String appName() {
        return app.name();
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty publisherProperty() { return publisher; }
    public StringProperty categoryProperty() { return category; }
}
