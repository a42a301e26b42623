package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.core.utilization.DormantSort;
import dev.seatledger.core.utilization.LicenseUtilization;
import dev.seatledger.core.utilization.Signal;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The Utilization tab. */
public class UtilizationView {
    private final UtilizationViewModel vm;
    private final String dormancyText;
    private final VBox root = new VBox(10);

    public UtilizationView(UtilizationViewModel vm, String dormancyText) {
        this.vm = vm;
        this.dormancyText = dormancyText;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("page");
        root.setStyle("-fx-padding: 16 20 16 20;");
        Label savings = new Label();
        savings.setId("savingsTotal");
        savings.getStyleClass().add("title-3");
        savings.textProperty().bind(vm.savingsProperty());
        Label missing = new Label();
        missing.getStyleClass().add("warning-text");
        missing.textProperty().bind(vm.missingRatesProperty());
        missing.visibleProperty().bind(vm.missingRatesProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());
        Label window = new Label(dormancyText);
        window.setId("dormancyWindow");
        window.getStyleClass().add("text-muted");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Button cancel = new Button(Messages.get("util.cancel"));
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button importButton = new Button(Messages.get("util.import"));
        importButton.setId("importTelemetryButton");
        importButton.disableProperty().bind(vm.busyProperty());
        importButton.setOnAction(e -> importTelemetry());
        // the headline wraps rather than the controls beside it being cut short in a narrow window
        savings.setWrapText(true);
        savings.setMaxWidth(Double.MAX_VALUE);
        savings.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(savings, Priority.ALWAYS);
        for (Control c : List.of(window, cancel, importButton)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox top = new HBox(12, savings, window, bar, cancel, importButton);
        top.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.getStyleClass().add("notice-banner");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setVisible(false);
        notice.setManaged(false);
        Notices.bind(notice, vm.noticeProperty(), vm.errorProperty());

        TabPane tabs = new TabPane(
            new Tab(Messages.get("util.tab.ranking"), rankingTable()),
            new Tab(Messages.get("util.tab.dormant"), dormantPane()),
            new Tab(Messages.get("util.tab.reconciliation"), reconciliationPane()),
            new Tab(Messages.get("util.tab.unknown"), unknownPane()),
            new Tab(Messages.get("util.tab.devices"), devicesTable()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(top, missing, notice, tabs);
    }

    private TableView<LicenseUtilization> rankingTable() {
        TableView<LicenseUtilization> t = new TableView<>(vm.ranking());
        t.setId("rankingTable");
        t.getColumns().add(col(Messages.get("util.col.license"), LicenseUtilization::displayName, 280));
        TableColumn<LicenseUtilization, LicenseUtilization> fill = new TableColumn<>(Messages.get("util.col.fill"));
        fill.setPrefWidth(200);
        fill.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        fill.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LicenseUtilization u, boolean empty) {
                super.updateItem(u, empty);
                if (empty || u == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                if (u.fill() < 0) {
                    setGraphic(null);
                    setText(Messages.get("license.seats.unlimited", u.used()));
                    return;
                }
                ProgressBar b = new ProgressBar(Math.min(1, u.fill()));
                b.setPrefWidth(80);
                b.getStyleClass().add("seat-bar");
                Label l = new Label(u.used() + " / " + u.total() + "  (" + Math.round(u.fill() * 100) + "%)");
                l.setMinWidth(Region.USE_PREF_SIZE);
                HBox box = new HBox(8, b, l);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
                setText(null);
            }
        });
        t.getColumns().add(fill);
        t.getColumns().add(col(Messages.get("util.col.dormant"), u -> String.valueOf(u.dormant()), 90));
        t.getColumns().add(col(Messages.get("util.col.savings"), u -> u.dormant() == 0 ? ""
            : u.savesNothing() ? Messages.get("util.cost.none") : Money.format(u.savings(), u.currency()), 220));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Messages.get("util.nothing")));
        return t;
    }

    private VBox dormantPane() {
        ComboBox<Signal> signal = new ComboBox<>();
        signal.getItems().add(null);
        signal.getItems().addAll(Signal.values());
        signal.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Signal s) {
                return s == null ? Messages.get("util.allSignals") : Labels.of("util.signal", s);
            }

            @Override
            public Signal fromString(String s) {
                return null;
            }
        });
        signal.valueProperty().bindBidirectional(vm.signalProperty());
        ComboBox<String> dept = new ComboBox<>(vm.departments());
        dept.setPromptText(Messages.get("util.allDepartments"));
        dept.valueProperty().bindBidirectional(vm.departmentProperty());
        ComboBox<ProductOption> product = new ComboBox<>(vm.productChoices());
        product.setPromptText(Messages.get("util.allProducts"));
        product.valueProperty().bindBidirectional(vm.productProperty());
        Button clearDept = new Button("×");
        clearDept.getStyleClass().add("flat");
        clearDept.setOnAction(e -> {
            vm.departmentProperty().set(null);
            vm.productProperty().set(null);
        });
        TableView<DormantSeat> t = new TableView<>(vm.dormant());
        t.setId("dormantTable");
        t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<DormantSeat, String> holder = dcol(Messages.get("util.col.holder"), DormantSeat::holder, 170);
        TableColumn<DormantSeat, String> license = dcol(Messages.get("util.col.license"), DormantSeat::licenseDisplayName, 220);
        TableColumn<DormantSeat, String> department = dcol(Messages.get("util.col.department"), DormantSeat::department, 120);
        TableColumn<DormantSeat, String> signalCol = dcol(Messages.get("util.col.signal"),
            d -> Labels.of("util.signal", d.signal()), 150);
        TableColumn<DormantSeat, String> last = dcol(Messages.get("util.col.lastActivity"),
            d -> d.lastActivity() == null ? Messages.get("holders.never") : Labels.date(d.lastActivity()), 120);
        TableColumn<DormantSeat, String> cost = dcol(Messages.get("util.col.cost"), vm::costText, 210);
        cost.setSortable(false);
        t.getColumns().addAll(List.of(holder, license, department, signalCol, last, cost));
        Map<TableColumn<DormantSeat, ?>, DormantSort> keys = Map.of(holder, DormantSort.HOLDER, license, DormantSort.LICENSE,
            department, DormantSort.DEPARTMENT, signalCol, DormantSort.SIGNAL, last, DormantSort.LAST_ACTIVITY);
        t.setSortPolicy(table -> {
            if (table.getSortOrder().isEmpty()) {
                vm.sortBy(DormantSort.LICENSE, true);
            } else {
                TableColumn<DormantSeat, ?> c = table.getSortOrder().get(0);
                vm.sortBy(keys.get(c), c.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Messages.get("util.nothing")));
        Label count = new Label();
        count.setId("dormantCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(vm.dormantCountProperty());
        Button reclaim = new Button(Messages.get("util.reclaim"));
        reclaim.setId("reclaimButton");
        reclaim.getStyleClass().add("danger");
        reclaim.disableProperty().bind(Bindings.isEmpty(t.getSelectionModel().getSelectedIndices()).or(vm.busyProperty()));
        reclaim.setOnAction(e -> vm.seatsAt(List.copyOf(t.getSelectionModel().getSelectedIndices()), selected -> {
            if (selected.isEmpty()) {
                return;
            }
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, vm.reclaimQuestion(selected));
            a.initOwner(root.getScene().getWindow());
            a.setHeaderText(null);
            a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
                t.getSelectionModel().clearSelection();
                vm.reclaim(selected);
            });
        }));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, signal, product, dept, clearDept, spacer, count, reclaim);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        box.setStyle("-fx-padding: 8 0 0 0;");
        return box;
    }

    private VBox reconciliationPane() {
        TableView<TelemetryQuery.UnusedSeat> unused = new TableView<>(vm.unused());
        unused.getColumns().add(ccol(Messages.get("util.col.license"), TelemetryQuery.UnusedSeat::license, 260));
        unused.getColumns().add(ccol(Messages.get("util.col.holder"), TelemetryQuery.UnusedSeat::holder, 200));
        unused.getColumns().add(ccol(Messages.get("util.col.installed"), u -> Messages.get(u.installed()
            ? "util.unused.neverUsed" : "util.unused.notInstalled"), 200));
        unused.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        unused.setPlaceholder(new Label(Messages.get("util.nothing")));
        TableView<TelemetryQuery.ShadowApp> shadow = new TableView<>(vm.shadow());
        shadow.getColumns().add(ccol(Messages.get("util.col.application"), TelemetryQuery.ShadowApp::product, 300));
        shadow.getColumns().add(ccol(Messages.get("util.col.devices"), a -> Labels.count(a.devices()), 100));
        shadow.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        shadow.setPlaceholder(new Label(Messages.get("util.nothing")));
        Label t1 = new Label(Messages.get("util.unused.title"));
        t1.getStyleClass().add("section-title");
        Label t2 = new Label(Messages.get("util.shadow.title"));
        t2.getStyleClass().add("section-title");
        VBox box = new VBox(8, t1, unused, t2, shadow);
        VBox.setVgrow(unused, Priority.ALWAYS);
        box.setStyle("-fx-padding: 8 0 0 0;");
        return box;
    }

    private VBox unknownPane() {
        TableView<TelemetryQuery.UnknownApp> t = new TableView<>(vm.unknown());
        t.setId("unknownTable");
        t.getColumns().add(ccol(Messages.get("util.col.application"), TelemetryQuery.UnknownApp::name, 260));
        t.getColumns().add(ccol("ID", TelemetryQuery.UnknownApp::appKey, 260));
        t.getColumns().add(ccol(Messages.get("util.col.devices"), a -> Labels.count(a.devices()), 90));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Messages.get("util.nothing")));
        Button map = new Button(Messages.get("util.unknown.map"));
        map.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        map.setOnAction(e -> {
            TelemetryQuery.UnknownApp app = t.getSelectionModel().getSelectedItem();
            vm.products(options -> {
                if (options.isEmpty()) {
                    return;
                }
                ChoiceDialog<ProductOption> d = new ChoiceDialog<>(options.get(0), options);
                d.initOwner(root.getScene().getWindow());
                d.setHeaderText(app.name());
                d.showAndWait().ifPresent(p -> vm.mapApp(app, p));
            });
        });
        Button add = new Button(Messages.get("util.unknown.add"));
        add.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> {
            TelemetryQuery.UnknownApp app = t.getSelectionModel().getSelectedItem();
            String name = app.name().replaceAll("(?i)\\.app$", "").strip();
            TextInputDialog d = new TextInputDialog();
            d.initOwner(root.getScene().getWindow());
            d.setHeaderText(Messages.get("util.unknown.publisher", name));
            d.showAndWait().filter(p -> !p.isBlank()).ifPresent(p -> vm.addToCatalog(app, name, p.strip()));
        });
        HBox bar = new HBox(8, map, add);
        VBox box = new VBox(8, bar, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        box.setStyle("-fx-padding: 8 0 0 0;");
        return box;
    }

    private TableView<TelemetryQuery.DeviceRow> devicesTable() {
        TableView<TelemetryQuery.DeviceRow> t = new TableView<>(vm.devices());
        t.getColumns().add(ccol(Messages.get("util.col.host"), TelemetryQuery.DeviceRow::hostname, 220));
        t.getColumns().add(ccol(Messages.get("util.col.user"), TelemetryQuery.DeviceRow::primaryUser, 200));
        t.getColumns().add(ccol(Messages.get("util.col.lastSeen"), d -> Labels.instant(d.lastSeen()), 180));
        t.getColumns().add(ccol(Messages.get("util.col.apps"), d -> Labels.count(d.apps()), 100));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Messages.get("util.nothing")));
        return t;
    }

    private void importTelemetry() {
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
        if (vm.needsHost(file.toPath())) {
            TextInputDialog d = new TextInputDialog();
            d.initOwner(root.getScene().getWindow());
            d.setHeaderText(Messages.get("util.import.host"));
            host = d.showAndWait().orElse(null);
            if (host == null || host.isBlank()) {
                return;
            }
        }
        vm.importFile(file.toPath(), host, null);
    }

    private static <T> TableColumn<T, String> generic(String title, Function<T, String> f, double w) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(w);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        return c;
    }

    private static TableColumn<LicenseUtilization, String> col(String t, Function<LicenseUtilization, String> f, double w) {
        return generic(t, f, w);
    }

    /** A column of the paged dormant table, where a row not loaded yet is null and shows empty. */
    private static TableColumn<DormantSeat, String> dcol(String t, Function<DormantSeat, String> f, double w) {
        return generic(t, d -> d == null ? null : f.apply(d), w);
    }

    private static <T> TableColumn<T, String> ccol(String t, Function<T, String> f, double w) {
        return generic(t, f, w);
    }
}
