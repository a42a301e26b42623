package dev.seatledger.ui.catalog;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductService;
import dev.seatledger.core.history.HistoryQuery;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.sample.SampleData;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.grade.GradeDialogs;
import dev.seatledger.ui.history.HistoryPanel;
import dev.seatledger.ui.shell.MainWindow;

/** The Catalog tab: products with their history and security grade, sample data, and "Import CSV…" when empty. */
public class CatalogFeature {
    private final CatalogViewModel vm;
    private final CatalogView view;

    /** {@code known}: the knowledge base's software "Add product" offers as a name is typed. */
    public CatalogFeature(CatalogQuery catalog, ProductService products, SampleData sampleData, KnownSoftware known,
                          HistoryQuery history, GradeDialogs grades, TaskExecutor executor) {
        this.vm = new CatalogViewModel(catalog, products, sampleData, known, executor);
        this.view = new CatalogView(vm);
        view.setHistoryFactory(id -> new HistoryPanel(history, executor, SubjectType.PRODUCT, id).root());
        view.root();
        view.setGradeDialogs(grades);
    }

    public void install(MainWindow shell) {
        shell.setCatalog(view.root());
        shell.setCommands(view.root(), view.commands());
        shell.onDataChanged(view.root(), vm::refresh);
    }

    /** What "Import CSV…" on the empty catalog does. */
    public void setImportAction(Runnable action) {
        view.setImportAction(action);
    }

    /** Reads the products again (after a grade changed elsewhere). */
    public void refresh() {
        vm.refresh();
    }

    /** Shows what an import added, and the products it brought. */
    public void imported(String summary) {
        vm.noticeProperty().set(summary);
        vm.refresh();
    }
}
