package dev.seatledger.ui.catalog;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductService;
import dev.seatledger.core.recognition.KnowledgeEntry;
import dev.seatledger.ui.common.FormViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The add/edit product form: field values, one error per field, and a save command. While a new product's name is
 * typed, the knowledge base's software that starts with it is offered; choosing one fills name, publisher, category
 * and website, so products are named consistently from the start.
 */
public class ProductFormViewModel extends FormViewModel {
    static final int OFFERED = 8;

    private final ProductService service;
    private final KnownSoftware known;
    private final Long productId;
    private final ObservableList<KnowledgeEntry> offered = FXCollections.observableArrayList();
    private boolean filling;
    private long lookup;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty publisher = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    ProductFormViewModel(ProductService service, KnownSoftware known, TaskExecutor executor, Long productId) {
        super(executor);
        this.service = service;
        this.known = known;
        this.productId = productId;
        name.addListener((o, was, typed) -> offer(typed));
    }

    /** Looks up the knowledge base for what is typed, off the FX thread; a later keystroke's answer wins. */
    private void offer(String typed) {
        long mine = ++lookup;
        if (filling || productId != null || typed == null || typed.isBlank()) {
            offered.clear();
            return;
        }
        executor.execute(() -> known.startingWith(typed, OFFERED), found -> {
            if (mine == lookup) {
                offered.setAll(found);
            }
        }, t -> offered.clear());
    }

    /** Takes the knowledge base's name, publisher, category and website of {@code entry}; the offer closes. */
    public void choose(KnowledgeEntry entry) {
        filling = true;
        try {
            name.set(entry.name());
            publisher.set(shown(entry.publisher()));
            if (entry.category() != null) {
                category.set(entry.category());
            }
            if (entry.website() != null) {
                website.set(entry.website());
            }
        } finally {
            filling = false;
        }
        lookup++;
        offered.clear();
    }

    /** The offer is turned down (Escape): it stays closed until the name changes again. */
    public void dismissOffer() {
        lookup++;
        offered.clear();
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

    /** The knowledge base's software offered for the name typed so far, most likely first. */
    public ObservableList<KnowledgeEntry> offered() { return offered; }
    public StringProperty nameProperty() { return name; }
    public StringProperty publisherProperty() { return publisher; }
    public StringProperty categoryProperty() { return category; }
    public StringProperty websiteProperty() { return website; }
    public StringProperty notesProperty() { return notes; }
}
