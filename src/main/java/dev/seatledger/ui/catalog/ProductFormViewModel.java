package dev.seatledger.ui.catalog;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductService;
import dev.seatledger.ui.common.FormViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The add/edit product form: field values, one error per field, and a save command. */
public class ProductFormViewModel extends FormViewModel {
    private final ProductService service;
    private final Long productId;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty publisher = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    ProductFormViewModel(ProductService service, TaskExecutor executor, Long productId) {
        super(executor);
        this.service = service;
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
        read(() -> service.draftOf(productId), d -> {
            name.set(shown(d.name()));
            publisher.set(shown(d.publisher()));
            category.set(shown(d.category()));
            website.set(shown(d.website()));
            notes.set(shown(d.notes()));
            onLoaded.run();
        });
    }

    /** Validates and saves; on success calls {@code onSaved}, otherwise fills the field errors. */
    public void save(Runnable onSaved) {
        ProductDraft draft = new ProductDraft(name.get(), publisher.get(), category.get(), website.get(), notes.get());
        submit(() -> {
            if (productId == null) {
                service.create(draft);
            } else {
                service.update(productId, draft);
            }
            return null;
        }, saved -> onSaved.run());
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty publisherProperty() { return publisher; }
    public StringProperty categoryProperty() { return category; }
    public StringProperty websiteProperty() { return website; }
    public StringProperty notesProperty() { return notes; }
}
