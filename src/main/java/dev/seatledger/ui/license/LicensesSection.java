package dev.seatledger.ui.license;

import dev.seatledger.ui.common.Delay;
import dev.seatledger.ui.common.UndoToast;
import dev.seatledger.ui.shell.ViewCommands;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.LicenseQuery;
import dev.seatledger.core.license.LicenseService;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/** The Licenses tab: the list, and a license's page in its place when one is opened. */
public class LicensesSection implements ViewCommands {
    private final LicenseService service;
    private final CatalogQuery catalog;
    private final TaskExecutor executor;
    private final Clock clock;
    private final LicensesViewModel listVm;
    private final LicensesView list;
    private final StackPane root = new StackPane();
    private final List<LicensePageTab> pageTabs = new ArrayList<>();
    private Consumer<LicensePageContext> gradeAction;
    private TermDialogs termDialogs;
    private LicensePage currentPage;

    public LicensesSection(LicenseService service, LicenseQuery query, CatalogQuery catalog, TaskExecutor executor,
                           Clock clock) {
        this.service = service;
        this.catalog = catalog;
        this.executor = executor;
        this.clock = clock;
        this.listVm = new LicensesViewModel(query, service, executor, clock);
        this.list = new LicensesView(listVm, this::openLicense, this::addLicense);
        root.getChildren().setAll(list.root());
    }

    public Parent root() {
        return root;
    }

    public LicensesViewModel listViewModel() {
        return listVm;
    }

    public LicensePage currentPage() {
        return currentPage;
    }

    /** Adds a tab to every license page opened from now on (seats, audits, documents, history). */
    public void addPageTab(LicensePageTab tab) {
        pageTabs.add(tab);
    }

    /** Enables "Security grade…" on every license page opened from now on. */
    public void setGradeAction(Consumer<LicensePageContext> action) {
        this.gradeAction = action;
    }

    /** Enables "Renew…" and "Add seats…" on every license page opened from now on. */
    public void setTermDialogs(TermDialogs dialogs) {
        this.termDialogs = dialogs;
    }

    public void openLicense(long id) {
        LicensePageViewModel vm = new LicensePageViewModel(service, catalog, executor, clock, id);
        LicensePage page = new LicensePage(vm, this::showList, () -> {
            String name = vm.detailProperty().get() == null ? "" : vm.detailProperty().get().displayName();
            showList();
            listVm.announce(Messages.get("license.archived"));
            UndoToast.show(root.getScene() == null ? null : root.getScene().getWindow(),
                Messages.get("undo.licenseArchived", name), () -> listVm.restore(id), Delay.fx());
        }, pageTabs, this::showSubPage, this::backToPage);
        currentPage = page;
        root.getChildren().setAll(page.root());
        if (gradeAction != null) {
            page.setGradeAction(() -> gradeAction.accept(page.context()));
        }
        if (termDialogs != null) {
            page.setTermDialogs(termDialogs);
        }
    }

    /** Shows a sub-page of the current license (e.g. View all users); its back action returns to the page. */
    public void showSubPage(Parent content) {
        root.getChildren().setAll(content);
    }

    public void backToPage() {
        if (currentPage != null) {
            root.getChildren().setAll(currentPage.root());
            currentPage.viewModel().load();
        } else {
            showList();
        }
    }

    public void showList() {
        currentPage = null;
        root.getChildren().setAll(list.root());
        listVm.refresh();
    }

    public void addLicense() {
        addLicense(null);
    }

    @Override
    public boolean search() {
        if (currentPage != null || root.getChildren().get(0) != list.root()) {
            showList();
        }
        list.focusSearch();
        return true;
    }

    @Override
    public boolean add() {
        addLicense();
        return true;
    }

    @Override
    public boolean refresh() {
        if (currentPage != null) {
            currentPage.viewModel().load();
        } else {
            listVm.refresh();
        }
        return true;
    }

    @Override
    public boolean delete() {
        return currentPage == null && list.archiveSelected();
    }

    /** Escape: from a sub-page back to its license page, from a page back to the list. */
    @Override
    public boolean back() {
        if (currentPage == null) {
            return false;
        }
        if (root.getChildren().get(0) != currentPage.root()) {
            backToPage();
        } else {
            showList();
        }
        return true;
    }

    /** Shows "New license from contract…" on the list toolbar. */
    public void setFromContractAction(Runnable action) {
        list.setFromContractAction(action);
    }

    /**
     * Opens the add dialog filled with {@code prefill} for review; after saving, {@code onCreated} runs with the new
     * id (off the FX thread work is the caller's) and the license page opens showing {@code message} when given.
     */
    public void addLicense(dev.seatledger.core.license.LicenseDraft prefill, java.util.function.LongConsumer onCreated) {
        LicenseFormViewModel form = new LicenseFormViewModel(service, catalog, executor, null);
        LicenseDialog dialog = new LicenseDialog(form);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        form.loadDraft(prefill, () -> dialog.showAndWait().ifPresent(result -> {
            openLicense(result.id());
            onCreated.accept(result.id());
        }));
    }

    public void addLicense(Long productId) {
        LicenseFormViewModel form = new LicenseFormViewModel(service, catalog, executor, null);
        LicenseDialog dialog = new LicenseDialog(form);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        form.load(productId, () -> dialog.showAndWait().ifPresent(result -> {
            openLicense(result.id());
            String msg = Messages.get("license.added");
            if (!result.warnings().isEmpty()) {
                msg += " — " + String.join(" ", result.warnings());
            }
            currentPage.viewModel().announce(msg);
        }));
    }
}
