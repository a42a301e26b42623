package dev.seatledger;

import dev.seatledger.core.common.Preferences;
import dev.seatledger.ui.assignment.HoldersView;
import dev.seatledger.ui.assignment.HoldersViewModel;
import dev.seatledger.ui.assignment.SeatsPanel;
import dev.seatledger.ui.assignment.SeatsPanelViewModel;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.ui.audit.AuditPanel;
import dev.seatledger.ui.audit.AuditPanelViewModel;
import dev.seatledger.ui.catalog.CatalogView;
import dev.seatledger.ui.grade.GradeDialogs;
import dev.seatledger.core.notification.NotificationRow;
import dev.seatledger.core.notification.NotificationService;
import dev.seatledger.ui.history.HistoryPanel;
import dev.seatledger.ui.notification.NotificationBell;
import dev.seatledger.ui.notification.NotificationCenterViewModel;
import dev.seatledger.ui.notification.NotificationsDialog;
import dev.seatledger.ui.notification.Toast;
import dev.seatledger.ui.catalog.CatalogViewModel;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.license.LicensesSection;
import dev.seatledger.ui.importing.ImportDialog;
import dev.seatledger.ui.importing.ImportViewModel;
import dev.seatledger.ui.people.PeopleSection;
import dev.seatledger.ui.utilization.UtilizationView;
import dev.seatledger.ui.utilization.UtilizationViewModel;
import dev.seatledger.ui.settings.SettingsView;
import dev.seatledger.ui.settings.SettingsViewModel;
import dev.seatledger.ui.shell.MainWindow;
import java.io.InputStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Builds the view-models and views of every tab from the services (part of the composition root). */
public final class Views {
    private Views() {
    }

    /**
     * Installs every tab (Utilization, Renewals and Settings are built when first opened); returns the Licenses
     * list's loading state, whose first end is when start-up work that nobody is waiting for (the notification
     * scan, the daily backup) may begin.
     */
    public static ReadOnlyBooleanProperty install(MainWindow shell, AppServices s, TaskExecutor executor,
                                                  Preferences prefs, String dataFolder, String database) {
        CatalogViewModel catalog = new CatalogViewModel(s.catalog(), s.products(), s.sampleData(), executor);
        CatalogView catalogView = new CatalogView(catalog);
        catalogView.setHistoryFactory(id -> new HistoryPanel(s.history(), executor, SubjectType.PRODUCT, id).root());
        GradeDialogs grades = new GradeDialogs(s.grades(), s.gradeQuery(), executor);
        catalogView.root();
        catalogView.setGradeDialogs(grades);
        shell.setCatalog(catalogView.root());
        shell.onDataChanged(catalogView.root(), catalog::refresh);
        LicensesSection licenses = new LicensesSection(s.licenses(), s.licenseQuery(), s.catalog(), executor, s.clock());
        shell.setLicenses(licenses.root());
        DocumentViews.install(licenses, s, executor);
        licenses.setPageDecorator(page -> {
            long id = page.viewModel().licenseId();
            SeatsPanelViewModel seats = new SeatsPanelViewModel(s.assignments(), s.seats(), s.holders(), s.personQuery(),
                executor, id);
            seats.setOnChange(page.viewModel()::load);
            AuditPanelViewModel audits = new AuditPanelViewModel(s.audits(), executor, id);
            HistoryPanel history = new HistoryPanel(s.history(), executor, SubjectType.LICENSE, id);
            audits.setOnChange(() -> {
                page.viewModel().load();
                seats.load();
                history.refresh();
            });
            page.setAuditsContent(new AuditPanel(audits).root());
            page.setGradeAction(() -> {
                var detail = page.viewModel().detailProperty().get();
                if (detail != null) {
                    grades.open(page.root().getScene().getWindow(), detail.productId(), () -> {
                        page.viewModel().load();
                        catalog.refresh();
                    });
                }
            });
            page.bindAuditBanner(audits.bannerProperty());
            page.setHistoryContent(history.root());
            DocumentViews.decorate(page, s, executor, history::refresh);
            page.viewModel().detailProperty().addListener((o, a, b) -> history.refresh());
            page.setSeatsContent(new SeatsPanel(seats, () -> {
                String name = page.viewModel().detailProperty().get() == null ? ""
                    : page.viewModel().detailProperty().get().displayName();
                HoldersView holders = new HoldersView(new HoldersViewModel(s.holders(), executor, id, name),
                    licenses::backToPage);
                licenses.showSubPage(holders.root());
            }).root());
        });
        shell.onShown(licenses.root(), () -> {
            if (licenses.currentPage() == null) {
                licenses.listViewModel().refresh();
            }
        });
        shell.onDataChanged(licenses.root(), () -> {
            if (licenses.currentPage() != null) {
                licenses.currentPage().viewModel().load();
            }
        });
        PeopleSection people = new PeopleSection(s.personQuery(), s.people(), s.seats(), s.assignments(), executor,
            s.clock());
        shell.setPeople(people.root());
        people.setHistoryFactory(id -> new HistoryPanel(s.history(), executor, SubjectType.PERSON, id).root());
        NotificationCenterViewModel center = new NotificationCenterViewModel(s.notifications(), executor, s.clock());
        java.util.function.Consumer<NotificationRow> open = row -> {
            if (row.recordId() == null || row.recordType() == null) {
                return;
            }
            switch (row.recordType()) {
                case LICENSE -> {
                    shell.select(licenses.root());
                    licenses.openLicense(row.recordId());
                }
                case PERSON -> {
                    shell.select(people.root());
                    people.openPerson(row.recordId());
                }
                default -> shell.select(shell.tabs().getTabs().get(0).getContent());
            }
        };
        NotificationBell bell = new NotificationBell(center, open, () -> {
            NotificationsDialog dialog = new NotificationsDialog(center, open);
            dialog.initOwner(shell.root().getScene().getWindow());
            dialog.show();
        });
        Runnable importCsv = () -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(dev.seatledger.core.common.Messages.get("import.title"));
            chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"),
                new javafx.stage.FileChooser.ExtensionFilter("*", "*.*"));
            java.io.File file = chooser.showOpenDialog(shell.root().getScene().getWindow());
            if (file == null) {
                return;
            }
            ImportViewModel vm = new ImportViewModel(s.licenseImport(), s.peopleImport(), executor,
                prefs.get(Preferences.BASE_CURRENCY, "EUR"));
            ImportDialog dialog = new ImportDialog(vm);
            dialog.initOwner(shell.root().getScene().getWindow());
            vm.load(file.toPath());
            dialog.showAndWait().ifPresent(text -> {
                catalog.noticeProperty().set(text);
                catalog.refresh();
                licenses.listViewModel().refresh();
                people.refreshIfListed();
            });
        };
        catalogView.setImportAction(importCsv);
        javafx.scene.control.Button importButton = new javafx.scene.control.Button(
            dev.seatledger.core.common.Messages.get("import.button"));
        importButton.setId("headerImportButton");
        importButton.getStyleClass().add("flat");
        importButton.setOnAction(e -> importCsv.run());
        shell.addHeaderAction(importButton);
        shell.addHeaderAction(bell.root());
        // The start-up scan (audits due, renewals, dormant seats) waits for the Licenses list's first load, so
        // the first rows a user looks at do not share the processor with it.
        afterLoad(licenses.listViewModel().loadingProperty(),
            () -> center.startUp(fresh -> Toast.show(shell.root().getScene().getWindow(), fresh)));
        javafx.animation.Timeline periodic = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
            javafx.util.Duration.millis(NotificationService.SCAN_INTERVAL.toMillis()), e -> center.scan()));
        periodic.setCycleCount(javafx.animation.Animation.INDEFINITE);
        periodic.play();
        shell.onShown(people.root(), people::refreshIfListed);
        shell.setUtilization(() -> {
            UtilizationViewModel utilization = new UtilizationViewModel(s.utilization(), s.telemetry(),
                s.telemetryImporter(), s.aliases(), s.reclaim(), s.catalog(), executor, s.clock());
            javafx.scene.Parent utilizationRoot = new UtilizationView(utilization, dev.seatledger.core.common.Messages.get(
                "util.window", prefs.getInt(Preferences.DORMANCY_DAYS, AppServices.DEFAULT_DORMANCY_DAYS))).root();
            shell.onShown(utilizationRoot, utilization::refresh);
            return utilizationRoot;
        });
        shell.setSettings(() -> {
            SettingsView settingsView = new SettingsView(new SettingsViewModel(prefs, executor, dataFolder, database));
            settingsView.addSection(DocumentViews.aiSettings(prefs, executor, dataFolder));
            javafx.scene.control.ScrollPane settingsScroll = new javafx.scene.control.ScrollPane(settingsView.root());
            settingsScroll.setFitToWidth(true);
            settingsScroll.getStyleClass().add("edge-to-edge");
            return settingsScroll;
        });
        FinanceViews.install(shell, s, executor, prefs, licenses);
        return licenses.listViewModel().loadingProperty();
    }

    /** Runs the action once, as soon as {@code loading} is false (at once when nothing is loading). */
    public static void afterLoad(ReadOnlyBooleanProperty loading, Runnable action) {
        if (!loading.get()) {
            action.run();
            return;
        }
        loading.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    loading.removeListener(this);
                    action.run();
                }
            }
        });
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
