package dev.seatledger.ui.utilization;

import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.LazyTabs;
import dev.seatledger.ui.common.Notices;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import dev.seatledger.ui.shell.ViewCommands;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;

/**
 * The Utilization tab's controller: the savings headline, the telemetry import with its progress, and the five
 * screens in tabs, each built the first time its tab is selected.
 */
public class UtilizationView {
    private final UtilizationViewModel vm;
    private final String dormancyText;
    private Parent root;

    @FXML private Label savingsTotal;
    @FXML private Label dormancyWindow;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private Button importTelemetryButton;
    @FXML private Label missingLabel;
    @FXML private Label noticeLabel;
    @FXML private Tab rankingTab;
    @FXML private Tab dormantTab;
    @FXML private Tab reconciliationTab;
    @FXML private Tab unknownTab;
    @FXML private Tab devicesTab;
    @FXML private TabPane screens;
    private DormantSeatsView dormant;
    private UnknownAppsView unknown;

    public UtilizationView(UtilizationViewModel vm, String dormancyText) {
        this.vm = vm;
        this.dormancyText = dormancyText;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        WorkStatus status = vm.status();
        savingsTotal.textProperty().bind(vm.savingsProperty());
        dormancyWindow.setText(dormancyText);
        missingLabel.textProperty().bind(vm.missingRatesProperty());
        missingLabel.visibleProperty().bind(vm.missingRatesProperty().isNotEmpty());
        missingLabel.managedProperty().bind(missingLabel.visibleProperty());
        progressBar.progressProperty().bind(status.progressProperty());
        progressBar.visibleProperty().bind(status.busyProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        cancelButton.visibleProperty().bind(status.busyProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        importTelemetryButton.disableProperty().bind(status.busyProperty());
        Notices.bind(noticeLabel, status.noticeProperty(), status.errorProperty());
        LazyTabs.buildWhenSelected(rankingTab, () -> new RankingView(vm.ranking()).root());
        LazyTabs.buildWhenSelected(dormantTab, () -> {
            dormant = new DormantSeatsView(vm.dormant());
            return dormant.root();
        });
        LazyTabs.buildWhenSelected(reconciliationTab, () -> new ReconciliationView(vm.reconciliation()).root());
        LazyTabs.buildWhenSelected(unknownTab, () -> {
            unknown = new UnknownAppsView(vm.unknown());
            return unknown.root();
        });
        LazyTabs.buildWhenSelected(devicesTab, () -> new DevicesView(vm.devices()).root());
    }

    /**
     * The keyboard's commands: Ctrl/Cmd+F to the dormant seats' filters, Ctrl/Cmd+N adds the selected unknown
     * application to the catalog, Delete reclaims the selected dormant seats (after the confirmation) or ignores the
     * selected unknown application, F5 reads the figures again.
     */
    public ViewCommands commands() {
        return new ViewCommands() {
            @Override
            public boolean search() {
                screens.getSelectionModel().select(dormantTab);
                dormant.focusFilters();
                return true;
            }

            @Override
            public boolean add() {
                return unknownTab.isSelected() && unknown.addSelected();
            }

            @Override
            public boolean delete() {
                return dormantTab.isSelected() ? dormant.reclaimSelected()
                    : unknownTab.isSelected() && unknown.ignoreSelected();
            }

            @Override
            public boolean refresh() {
                vm.refresh();
                return true;
            }
        };
    }

    @FXML
    private void onCancel() {
        vm.status().cancel();
    }

    @FXML
    private void onImportTelemetry() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("util.import"));
        chooser.getExtensionFilters().addAll(
            new FileChooser.ExtensionFilter("Telemetry (CSV, JSON, osquery log)", "*.csv", "*.json", "*.log", "*.txt"),
            new FileChooser.ExtensionFilter("*", "*.*"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        String host = null;
        if (vm.telemetryImport().needsHost(file.toPath())) {
            TextInputDialog d = new TextInputDialog();
            d.initOwner(root.getScene().getWindow());
            d.setHeaderText(Messages.get("util.import.host"));
            host = d.showAndWait().orElse(null);
            if (host == null || host.isBlank()) {
                return;
            }
        }
        vm.telemetryImport().importFile(file.toPath(), host, null);
    }
}
