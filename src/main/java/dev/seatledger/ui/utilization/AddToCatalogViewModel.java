package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.telemetry.AliasService;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.ui.common.FormViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Adds an unknown application to the catalog as a new product and maps it there. The name starts as the
 * application's own (without a macOS ".app"); {@link #load} then fills name, publisher, category and website from the
 * knowledge base when it knows the application (else the name without version and architecture, and the publisher
 * the telemetry reported). Name and publisher are required and the name must be free, which the catalog checks: a
 * refusal shows under its field and the dialog stays open.
 */
public class AddToCatalogViewModel extends FormViewModel {
    private final AliasService aliases;
    private final TelemetryQuery.UnknownApp app;
    private final Consumer<String> onAdded;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty publisher = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");

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

    /** Reads what the knowledge base and the telemetry say of the application into the form, then {@code onRead}. */
    public void load(Runnable onRead) {
        read(() -> aliases.draftFor(app.appKey()), d -> {
            name.set(d.name() == null ? name.get() : d.name());
            publisher.set(shown(d.publisher()));
            category.set(shown(d.category()));
            website.set(shown(d.website()));
            onRead.run();
        });
    }

    /** Creates the product and maps the application to it; {@code onDone} closes the dialog. */
    public void save(Runnable onDone) {
        String product = blankToNull(name.get());
        ProductDraft draft = new ProductDraft(product, blankToNull(publisher.get()), blankToNull(category.get()),
            blankToNull(website.get()), null);
        submit(() -> aliases.addToCatalog(app.appKey(), draft), id -> {
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
    public StringProperty websiteProperty() { return website; }
}
