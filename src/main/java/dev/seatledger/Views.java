package dev.seatledger;

import dev.seatledger.core.common.Preferences;
import dev.seatledger.ui.assignment.HoldersView;
import dev.seatledger.ui.assignment.HoldersViewModel;
import dev.seatledger.ui.assignment.SeatsPanel;
import dev.seatledger.ui.assignment.SeatsPanelViewModel;
import dev.seatledger.ui.catalog.CatalogView;
import dev.seatledger.ui.catalog.CatalogViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.license.LicensesSection;
import dev.seatledger.ui.people.PeopleSection;
import dev.seatledger.ui.settings.SettingsView;
import dev.seatledger.ui.settings.SettingsViewModel;
import dev.seatledger.ui.shell.MainWindow;
import java.io.InputStream;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Builds the view-models and views of every tab from the services (part of the composition root). */
public final class Views {
    private Views() {
    }

    public static void install(MainWindow shell, AppServices s, TaskExecutor executor, Preferences prefs,
                               String dataFolder, String database) {
        CatalogViewModel catalog = new CatalogViewModel(s.catalog(), s.products(), s.sampleData(), executor);
        shell.setCatalog(new CatalogView(catalog).root());
        LicensesSection licenses = new LicensesSection(s.licenses(), s.licenseQuery(), s.catalog(), executor, s.clock());
        shell.setLicenses(licenses.root());
        licenses.setPageDecorator(page -> {
            long id = page.viewModel().licenseId();
            SeatsPanelViewModel seats = new SeatsPanelViewModel(s.assignments(), s.seats(), s.holders(), s.personQuery(),
                executor, id);
            seats.setOnChange(page.viewModel()::load);
            page.setSeatsContent(new SeatsPanel(seats, () -> {
                String name = page.viewModel().detailProperty().get() == null ? ""
                    : page.viewModel().detailProperty().get().displayName();
                HoldersView holders = new HoldersView(new HoldersViewModel(s.holders(), executor, id, name),
                    licenses::backToPage);
                licenses.showSubPage(holders.root());
            }).root());
        });
        shell.tabs().getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab != null && tab.getContent() == licenses.root() && licenses.currentPage() == null) {
                licenses.listViewModel().refresh();
            }
        });
        PeopleSection people = new PeopleSection(s.personQuery(), s.people(), s.seats(), s.assignments(), executor,
            s.clock());
        shell.setPeople(people.root());
        shell.tabs().getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab != null && tab.getContent() == people.root()) {
                people.refreshIfListed();
            }
        });
        shell.setSettings(new SettingsView(new SettingsViewModel(prefs, executor, dataFolder, database)).root());
    }

    public static void addStylesheets(Scene scene) {
        scene.getStylesheets().add(Views.class.getResource("/dev/seatledger/ui/app.css").toExternalForm());
    }

    public static void setIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            InputStream in = Views.class.getResourceAsStream("/dev/seatledger/icons/seatledger-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }
}
