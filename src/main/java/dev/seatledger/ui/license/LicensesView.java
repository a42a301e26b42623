package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.LicenseRow;
import dev.seatledger.core.license.LicenseSort;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SavedFilter;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.ListScreen;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Licenses list: chips, saved filters, sortable table; opening a row shows the license page. */
public class LicensesView {
    private final LicensesViewModel vm;
    private final LongConsumer openLicense;
    private final Runnable addLicense;
    private Parent root;

    @FXML private TextField searchField;
    @FXML private javafx.scene.control.Button addButton;
    @FXML private CheckBox archivedCheck;
    @FXML private Label countLabel;
    @FXML private HBox chipBar;
    @FXML private HBox filterBar;
    @FXML private Label noticeLabel;
    @FXML private Label noMatchLabel;
    @FXML private Label limitLabel;
    @FXML private TableView<LicenseRow> table;
    @FXML private TableColumn<LicenseRow, LicenseRow> productCol;
    @FXML private TableColumn<LicenseRow, String> nameCol;
    @FXML private TableColumn<LicenseRow, LicenseRow> gradeCol;
    @FXML private TableColumn<LicenseRow, LicenseRow> seatsCol;
    @FXML private TableColumn<LicenseRow, String> costCol;
    @FXML private TableColumn<LicenseRow, String> cycleCol;
    @FXML private TableColumn<LicenseRow, LicenseRow> expiryCol;
    @FXML private TableColumn<LicenseRow, LicenseRow> statusCol;
    @FXML private TableColumn<LicenseRow, String> ownerCol;
    @FXML private VBox emptyState;
    @FXML private javafx.scene.control.Button fromContractButton;
    private Runnable fromContract;

    private final Map<LicenseStatus, ToggleButton> chips = new LinkedHashMap<>();
    private ToggleButton allChip;
    private final Map<SavedFilter, ToggleButton> filters = new LinkedHashMap<>();

    public LicensesView(LicensesViewModel vm, LongConsumer openLicense, Runnable addLicense) {
        this.vm = vm;
        this.openLicense = openLicense;
        this.addLicense = addLicense;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        archivedCheck.selectedProperty().bindBidirectional(vm.showArchivedProperty());
        buildChips();
        buildFilters();
        vm.countsProperty().addListener((o, a, c) -> updateChipTexts());

        ListScreen<LicenseRow> list = ListScreen.of(table, vm.rows()).search(searchField, vm.searchProperty())
            .count(countLabel, vm::countText);
        ListScreen.placeholder(noMatchLabel, vm.loadingProperty(), Messages.get("license.reading"),
            Messages.get("license.noMatch"));
        Columns.bind(productCol, r -> r);
        productCol.setCellFactory(c -> new LicenseCells.Graphic(LicenseCells::product));
        Columns.bind(nameCol, LicenseRow::licenseName);
        nameCol.setCellFactory(c -> LicenseCells.wrapping());
        Columns.bind(gradeCol, r -> r);
        gradeCol.setCellFactory(c -> new LicenseCells.Graphic(LicenseCells::grade));
        Columns.bind(seatsCol, r -> r);
        seatsCol.setCellFactory(c -> new LicenseCells.Graphic(LicenseCells::seats));
        Columns.bind(costCol, LicenseCells::cost);
        Columns.bind(cycleCol, r -> Labels.of("license.cycle", r.billingCycle()));
        Columns.bind(expiryCol, r -> r);
        expiryCol.setCellFactory(c -> new LicenseCells.Graphic(r -> LicenseCells.expiry(r, vm.countdown(r))));
        Columns.bind(statusCol, r -> r);
        statusCol.setCellFactory(c -> new LicenseCells.Graphic(r -> LicenseCells.status(r.status())));
        Columns.bind(ownerCol, LicenseRow::owner);
        ownerCol.setCellFactory(c -> LicenseCells.wrapping());
        dev.seatledger.ui.shell.Shortcuts.tooltip(addButton, dev.seatledger.ui.shell.Shortcuts.ADD);

        Map<TableColumn<LicenseRow, ?>, LicenseSort> sortKeys = Map.of(productCol, LicenseSort.PRODUCT,
            nameCol, LicenseSort.NAME, gradeCol, LicenseSort.GRADE, seatsCol, LicenseSort.SEATS,
            costCol, LicenseSort.COST, cycleCol, LicenseSort.CYCLE, expiryCol, LicenseSort.EXPIRY,
            statusCol, LicenseSort.STATUS, ownerCol, LicenseSort.OWNER);
        list.sortInSql(sortKeys, LicenseSort.PRODUCT, vm::sortBy);
        table.setRowFactory(t -> {
            TableRow<LicenseRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openLicense.accept(row.getItem().id());
                }
            });
            MenuItem open = new MenuItem(Messages.get("license.open"));
            open.setOnAction(e -> openLicense.accept(row.getItem().id()));
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                .then((ContextMenu) null).otherwise(new ContextMenu(open)));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openLicense.accept(table.getSelectionModel().getSelectedItem().id());
            }
        });

        emptyState.visibleProperty().bind(vm.inventoryEmptyProperty());
        table.visibleProperty().bind(vm.inventoryEmptyProperty().not());
        limitLabel.textProperty().bind(vm.limitNoteProperty());
        limitLabel.visibleProperty().bind(vm.limitNoteProperty().isNotEmpty());
        limitLabel.managedProperty().bind(limitLabel.visibleProperty());
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());
        vm.refresh();
    }

    private void buildChips() {
        ToggleGroup group = new ToggleGroup();
        allChip = chip(group, "chip-all");
        allChip.setSelected(true);
        allChip.setOnAction(e -> {
            allChip.setSelected(true);
            vm.statusProperty().set(null);
        });
        chipBar.getChildren().add(allChip);
        for (LicenseStatus s : LicenseStatus.values()) {
            ToggleButton b = chip(group, "chip-" + s.name());
            b.setOnAction(e -> {
                if (b.isSelected()) {
                    vm.statusProperty().set(s);
                } else {
                    allChip.setSelected(true);
                    vm.statusProperty().set(null);
                }
            });
            chips.put(s, b);
            chipBar.getChildren().add(b);
        }
        updateChipTexts();
    }

    private void buildFilters() {
        ToggleGroup group = new ToggleGroup();
        for (SavedFilter f : SavedFilter.values()) {
            ToggleButton b = chip(group, "filter-" + f.name());
            b.getStyleClass().add("saved-filter");
            b.setOnAction(e -> vm.savedFilterProperty().set(b.isSelected() ? f : null));
            filters.put(f, b);
            filterBar.getChildren().add(b);
        }
    }

    private static ToggleButton chip(ToggleGroup group, String id) {
        ToggleButton b = new ToggleButton();
        b.setToggleGroup(group);
        b.setId(id);
        b.getStyleClass().add("chip");
        return b;
    }

    private void updateChipTexts() {
        allChip.setText(vm.chipText(null));
        chips.forEach((s, b) -> b.setText(vm.chipText(s)));
        filters.forEach((f, b) -> b.setText(vm.savedFilterText(f)));
    }

    @FXML
    private void onAdd() {
        addLicense.run();
    }

    /** Ctrl/Cmd+F: the focus in the search box, its text selected. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Delete on the list: archives the selected license after the same confirmation as its page. */
    public boolean archiveSelected() {
        LicenseRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || !table.isFocused()) {
            return false;
        }
        if (dev.seatledger.ui.common.Confirm.ask(root, Messages.get("license.archive.confirm.title"),
                Messages.get("license.archive.confirm", row.productName() + " " + row.licenseName()))) {
            vm.archive(row, () -> dev.seatledger.ui.common.UndoToast.show(root.getScene().getWindow(),
                Messages.get("undo.licenseArchived", row.productName() + " " + row.licenseName()),
                () -> vm.restore(row), dev.seatledger.ui.common.Delay.fx()));
        }
        return true;
    }

    /** Shows "New license from contract…" on the toolbar, running {@code action}. */
    public void setFromContractAction(Runnable action) {
        this.fromContract = action;
        root();
        fromContractButton.setVisible(action != null);
        fromContractButton.setManaged(action != null);
    }

    @FXML
    private void onFromContract() {
        if (fromContract != null) {
            fromContract.run();
        }
    }
}
