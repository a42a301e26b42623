package dev.seatledger.ui.catalog;

import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.core.catalog.ProductService;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.sample.SampleData;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State and commands of the Catalog list; no controls, testable without a toolkit. */
public class CatalogViewModel {
    /** Grade filter choice: null = all grades, "-" = not graded, otherwise the letter. */
    public static final List<String> GRADE_CHOICES = List.of("A", "B", "C", "D", "E", "F", "-");

    private final CatalogQuery query;
    private final ProductService service;
    private final SampleData sampleData;
    private final KnownSoftware known;
    private final TaskExecutor executor;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> grade = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObservableList<ProductRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty catalogEmpty = new SimpleBooleanProperty(false);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private long generation;

    public CatalogViewModel(CatalogQuery query, ProductService service, SampleData sampleData, TaskExecutor executor) {
        this(query, service, sampleData, KnownSoftware.NONE, executor);
    }

    /** {@code known}: the knowledge base's entries "Add product" offers as a name is typed. */
    public CatalogViewModel(CatalogQuery query, ProductService service, SampleData sampleData, KnownSoftware known,
                            TaskExecutor executor) {
        this.query = query;
        this.service = service;
        this.sampleData = sampleData;
        this.known = known;
        this.executor = executor;
        search.addListener((o, a, b) -> refresh());
        category.addListener((o, a, b) -> refresh());
        grade.addListener((o, a, b) -> refresh());
        showArchived.addListener((o, a, b) -> refresh());
    }

    public void refresh() {
        long gen = ++generation;
        CatalogFilter filter = new CatalogFilter(search.get(), category.get(), grade.get(), showArchived.get());
        loading.set(true);
        executor.execute(() -> new Snapshot(query.list(filter), query.categories(), query.countLive()),
            snap -> {
                if (gen != generation) {
                    return;
                }
                loading.set(false);
                rows.setAll(snap.rows());
                String selected = category.get();
                categories.setAll(snap.categories());
                if (selected != null && !snap.categories().contains(selected)) {
                    categories.add(selected);
                }
                catalogEmpty.set(snap.liveCount() == 0 && !showArchived.get());
            },
            this::fail);
    }

    public void archive(ProductRow row) {
        archive(row, () -> { });
    }

    /** Archives the product; {@code archived} runs once it is (the toast offering Undo). */
    public void archive(ProductRow row, Runnable archived) {
        executor.run(() -> service.archive(row.id()), () -> {
            notice.set(Messages.get("catalog.archived"));
            refresh();
            archived.run();
        }, this::fail);
    }

    public void restore(ProductRow row) {
        executor.run(() -> service.restore(row.id()), () -> {
            notice.set(Messages.get("catalog.restored"));
            refresh();
        }, this::fail);
    }

    public void loadSampleData() {
        loading.set(true);
        executor.execute(sampleData::load, added -> {
            notice.set(Messages.get("catalog.sample.loaded"));
            refresh();
        }, this::fail);
    }

    public ProductFormViewModel newForm() {
        return new ProductFormViewModel(service, known, executor, null);
    }

    public ProductFormViewModel editForm(ProductRow row) {
        return new ProductFormViewModel(service, KnownSoftware.NONE, executor, row.id());
    }

    public void onSaved(boolean created) {
        notice.set(Messages.get(created ? "catalog.added" : "catalog.saved"));
        refresh();
    }

    public void onGraded(String productName) {
        notice.set(Messages.get("grade.saved", productName));
        refresh();
    }

    public String countText() {
        return rows.size() == 1 ? Messages.get("catalog.count.one") : Messages.get("catalog.count", rows.size());
    }

    private void fail(Throwable t) {
        loading.set(false);
        error.set(ErrorText.of(t));
    }

    public StringProperty searchProperty() { return search; }
    public ObjectProperty<String> categoryProperty() { return category; }
    public ObjectProperty<String> gradeProperty() { return grade; }
    public BooleanProperty showArchivedProperty() { return showArchived; }
    public ObservableList<ProductRow> rows() { return rows; }
    public ObservableList<String> categories() { return categories; }
    public BooleanProperty loadingProperty() { return loading; }
    public BooleanProperty catalogEmptyProperty() { return catalogEmpty; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }

    private record Snapshot(List<ProductRow> rows, List<String> categories, long liveCount) {
    }
}
