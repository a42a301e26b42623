package dev.seatledger.ui.catalog;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductService;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The add/edit product form: field values, one error per field, and a save command. */
public class ProductFormViewModel {
    private final ProductService service;
    private final TaskExecutor executor;
    private final Long productId;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty publisher = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    ProductFormViewModel(ProductService service, TaskExecutor executor, Long productId) {
        this.service = service;
        this.executor = executor;
        this.productId = productId;
    }

    public boolean isNew() {
        return productId == null;
    }

    /** Loads the stored values into the form (edit mode). */
    public void load(Runnable onLoaded) {
        if (productId == null) {
            onLoaded.run();
            return;
        }
        executor.execute(() -> service.draftOf(productId), d -> {
            name.set(nz(d.name()));
            publisher.set(nz(d.publisher()));
            category.set(nz(d.category()));
            website.set(nz(d.website()));
            notes.set(nz(d.notes()));
            onLoaded.run();
        }, t -> generalError.set(ErrorText.of(t)));
    }

    /** Validates and saves; on success calls {@code onSaved}, otherwise fills the field errors. */
    public void save(Runnable onSaved) {
        ProductDraft draft = new ProductDraft(name.get(), publisher.get(), category.get(), website.get(), notes.get());
        errors.clear();
        generalError.set("");
        busy.set(true);
        executor.run(() -> {
            if (productId == null) {
                service.create(draft);
            } else {
                service.update(productId, draft);
            }
        }, () -> {
            busy.set(false);
            onSaved.run();
        }, t -> {
            busy.set(false);
            if (t instanceof ValidationException v) {
                errors.putAll(v.byField());
            } else {
                generalError.set(ErrorText.of(t));
            }
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty publisherProperty() { return publisher; }
    public StringProperty categoryProperty() { return category; }
    public StringProperty websiteProperty() { return website; }
    public StringProperty notesProperty() { return notes; }
    public ObservableMap<String, String> errors() { return errors; }
    public StringProperty generalErrorProperty() { return generalError; }
    public BooleanProperty busyProperty() { return busy; }
}
