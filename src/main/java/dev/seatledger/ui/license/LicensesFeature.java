package dev.seatledger.ui.license;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.license.LicenseQuery;
import dev.seatledger.core.license.LicenseService;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.ShellNavigator;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The Licenses tab: the list, and each license's page with the tabs other features add ({@link #addPageTab}: one
 * line per tab in the composition root).
 */
public class LicensesFeature {
    private final LicensesSection section;

    public LicensesFeature(LicenseService service, LicenseQuery query, CatalogQuery catalog, TaskExecutor executor,
                           Clock clock) {
        this.section = new LicensesSection(service, query, catalog, executor, clock);
    }

    /** Puts the tab in the shell; the list reads its rows each time the tab is shown with no page open. */
    public void install(MainWindow shell, ShellNavigator navigator) {
        shell.setLicenses(section.root());
        shell.setCommands(section.root(), section);
        shell.onShown(section.root(), () -> {
            if (section.currentPage() == null) {
                section.listViewModel().refresh();
            }
        });
        shell.onDataChanged(section.root(), () -> {
            if (section.currentPage() != null) {
                section.currentPage().viewModel().load();
            }
        });
        navigator.handleLicenses(section::openLicense);
    }

    public void addPageTab(LicensePageTab tab) {
        section.addPageTab(tab);
    }

    /** What "Security grade…" on a license page does. */
    public void setGradeAction(Consumer<LicensePageContext> action) {
        section.setGradeAction(action);
    }

    /** Enables "Renew…" and "Add seats…" on the license pages. */
    public void setTermDialogs(TermDialogs dialogs) {
        section.setTermDialogs(dialogs);
    }

    /** The list and pages, for features that add actions to them (New license from contract…). */
    public LicensesSection section() {
        return section;
    }

    /** Reads the list again (after an import). */
    public void refreshList() {
        section.listViewModel().refresh();
    }

    /** Whether the list is loading: its first load ending is when start-up work nobody waits for may begin. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return section.listViewModel().loadingProperty();
    }
}
