package dev.seatledger.ui.catalog;

import dev.seatledger.ui.common.Confirm;
import dev.seatledger.ui.shell.Shortcuts;
import dev.seatledger.ui.shell.ViewCommands;

import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.ListScreen;
import dev.seatledger.ui.common.BrandIcon;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.GradePill;
import dev.seatledger.ui.common.Notices;
import dev.seatledger.ui.grade.GradeDialogs;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Catalog tab: thin controller binding {@link CatalogViewModel} to the FXML. */
public class CatalogView {
    private final CatalogViewModel vm;
    private Parent root;

    @FXML private TextField searchField;
    @FXML private ComboBox<String> categoryBox;
    @FXML private ComboBox<String> gradeBox;
    @FXML private CheckBox archivedCheck;
    @FXML private Label countLabel;
    @FXML private Label noticeLabel;
    @FXML private Button addButton;
    @FXML private TableView<ProductRow> table;
    @FXML private TableColumn<ProductRow, ProductRow> productCol;
    @FXML private TableColumn<ProductRow, String> publisherCol;
    @FXML private TableColumn<ProductRow, String> categoryCol;
    @FXML private TableColumn<ProductRow, ProductRow> gradeCol;
    @FXML private TableColumn<ProductRow, Long> licensesCol;
    @FXML private TableColumn<ProductRow, Long> seatsCol;
    @FXML private TableColumn<ProductRow, ProductRow> actionsCol;
    @FXML private VBox emptyState;
    @FXML private Label noMatchLabel;

    private java.util.function.LongFunction<javafx.scene.Node> historyFactory;
    private GradeDialogs gradeDialogs;

    public CatalogView(CatalogViewModel vm) {
        this.vm = vm;
    }

    /** Enables the History action on each product row. */
    public void setHistoryFactory(java.util.function.LongFunction<javafx.scene.Node> factory) {
        this.historyFactory = factory;
    }

    /** Enables "Security grade…" on each live product (row menu, and a click on its grade). */
    public void setGradeDialogs(GradeDialogs dialogs) {
        this.gradeDialogs = dialogs;
        table.refresh();
    }

    private void openGrade(ProductRow row) {
        gradeDialogs.open(table.getScene().getWindow(), row.id(), () -> vm.onGraded(row.name()));
    }

    private void showHistory(ProductRow row) {
        javafx.scene.control.Dialog<Void> d = new javafx.scene.control.Dialog<>();
        d.initOwner(table.getScene().getWindow());
        d.setTitle(Messages.get("catalog.history.title", row.name()));
        d.setResizable(true);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().setContent(historyFactory.apply(row.id()));
        d.getDialogPane().setPrefSize(820, 420);
        d.show();
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        Shortcuts.tooltip(addButton, Shortcuts.ADD);
        noMatchLabel.setId("catalogNoMatch");
        // While the products are read the empty table says so, not that nothing matches.
        ListScreen.placeholder(noMatchLabel, vm.loadingProperty(), Messages.get("catalog.reading"),
            Messages.get("catalog.noMatch"));
        ListScreen.of(table, vm.rows()).search(searchField, vm.searchProperty()).count(countLabel, vm::countText);
        categoryBox.getItems().add(null);
        vm.categories().addListener((javafx.collections.ListChangeListener<String>) c -> {
            // one setAll with the "all" entry first, and only on a real change: replacing the items in two steps
            // moved the selection to a category and back, and each move refreshed the list again, forever
            java.util.List<String> wanted = new java.util.ArrayList<>();
            wanted.add(null);
            wanted.addAll(vm.categories());
            if (wanted.equals(categoryBox.getItems())) {
                return;
            }
            String selected = categoryBox.getValue();
            categoryBox.getItems().setAll(wanted);
            categoryBox.setValue(selected);
        });
        categoryBox.setConverter(labelled(Messages.get("catalog.filter.allCategories"), s -> s));
        categoryBox.setButtonCell(new NullableCell(Messages.get("catalog.filter.allCategories"), s -> s));
        categoryBox.valueProperty().bindBidirectional(vm.categoryProperty());
        gradeBox.getItems().add(null);
        gradeBox.getItems().addAll(CatalogViewModel.GRADE_CHOICES);
        java.util.function.Function<String, String> gradeText =
            g -> "-".equals(g) ? Messages.get("catalog.filter.ungraded") : Messages.get("catalog.filter.grade", g);
        gradeBox.setConverter(labelled(Messages.get("catalog.filter.allGrades"), gradeText));
        gradeBox.setButtonCell(new NullableCell(Messages.get("catalog.filter.allGrades"), gradeText));
        gradeBox.valueProperty().bindBidirectional(vm.gradeProperty());
        archivedCheck.selectedProperty().bindBidirectional(vm.showArchivedProperty());

        Columns.bind(productCol, r -> r);
        productCol.setComparator(java.util.Comparator.comparing(r -> r.name().toLowerCase(java.util.Locale.ROOT)));
        productCol.setCellFactory(c -> new ProductNameCell());
        Columns.bind(publisherCol, ProductRow::publisher);
        Columns.bind(categoryCol, ProductRow::category);
        Columns.bind(gradeCol, r -> r);
        gradeCol.setComparator(java.util.Comparator.comparing(r -> r.gradeLetter() == null ? "Z" : r.gradeLetter()));
        gradeCol.setCellFactory(c -> new GradeCell());
        Columns.bind(licensesCol, ProductRow::licenseCount);
        Columns.bind(seatsCol, ProductRow::totalSeats);
        Columns.bind(actionsCol, r -> r);
        actionsCol.setCellFactory(c -> new ActionsCell());
        table.setRowFactory(t -> {
            TableRow<ProductRow> row = new TableRow<>();
            row.itemProperty().addListener((o, a, item) -> row.setContextMenu(item == null ? null : rowMenu(item)));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && !row.getItem().archived()) {
                    openEditor(vm.editForm(row.getItem()));
                }
            });
            return row;
        });

        emptyState.visibleProperty().bind(vm.catalogEmptyProperty());
        table.visibleProperty().bind(vm.catalogEmptyProperty().not());
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());
        vm.refresh();
    }

    @FXML
    private void onAdd() {
        openEditor(vm.newForm());
    }

    /** The keyboard's commands on the catalog (Ctrl/Cmd+F, Ctrl/Cmd+N, F5, Delete). */
    public ViewCommands commands() {
        return new ViewCommands() {
            @Override
            public boolean search() {
                searchField.requestFocus();
                searchField.selectAll();
                return true;
            }

            @Override
            public boolean add() {
                onAdd();
                return true;
            }

            @Override
            public boolean refresh() {
                vm.refresh();
                return true;
            }

            @Override
            public boolean delete() {
                ProductRow row = table.getSelectionModel().getSelectedItem();
                if (row == null || !table.isFocused() || row.archived()) {
                    return false;
                }
                confirmArchive(row);
                return true;
            }
        };
    }

    private Runnable importAction = () -> { };

    /** What "Import CSV…" on the empty catalog does. */
    public void setImportAction(Runnable action) {
        this.importAction = action;
    }

    @FXML
    private void onImport() {
        importAction.run();
    }

    @FXML
    private void onLoadSample() {
        vm.loadSampleData();
    }

    private void openEditor(ProductFormViewModel form) {
        ProductDialog dialog = new ProductDialog(form);
        dialog.initOwner(table.getScene().getWindow());
        form.load(() -> dialog.showAndWait().filter(b -> b == ButtonType.OK)
            .ifPresent(b -> vm.onSaved(form.isNew())));
    }

    private void confirmArchive(ProductRow row) {
        String text = Messages.get("catalog.archive.confirm", row.name());
        if (row.licenseCount() > 0) {
            text += "\n" + Messages.get("catalog.archive.withLicenses", row.licenseCount());
        }
        if (Confirm.ask(table, Messages.get("catalog.archive.confirm.title"), text)) {
            vm.archive(row, () -> dev.seatledger.ui.common.UndoToast.show(table.getScene().getWindow(),
                Messages.get("undo.productArchived", row.name()), () -> vm.restore(row),
                dev.seatledger.ui.common.Delay.fx()));
        }
    }

    private static StringConverter<String> labelled(String nullText, java.util.function.Function<String, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? nullText : f.apply(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    private static final class NullableCell extends ListCell<String> {
        private final String nullText;
        private final java.util.function.Function<String, String> f;

        NullableCell(String nullText, java.util.function.Function<String, String> f) {
            this.nullText = nullText;
            this.f = f;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? nullText : f.apply(item));
        }
    }

    private static final class ProductNameCell extends TableCell<ProductRow, ProductRow> {
        @Override
        protected void updateItem(ProductRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(row.name());
            name.getStyleClass().add("product-name");
            HBox box = new HBox(10, BrandIcon.create(row.publisher(), 26), name);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            if (row.archived()) {
                Label tag = new Label(Messages.get("catalog.archivedTag"));
                tag.getStyleClass().add("archived-tag");
                box.getChildren().add(tag);
            }
            setGraphic(box);
            setText(null);
        }
    }

    private javafx.scene.control.ContextMenu rowMenu(ProductRow row) {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        if (!row.archived()) {
            javafx.scene.control.MenuItem edit = new javafx.scene.control.MenuItem(Messages.get("catalog.edit"));
            edit.setOnAction(e -> openEditor(vm.editForm(row)));
            menu.getItems().add(edit);
            if (gradeDialogs != null) {
                javafx.scene.control.MenuItem grade = new javafx.scene.control.MenuItem(Messages.get("grade.open"));
                grade.setId("gradeMenuItem");
                grade.setOnAction(e -> openGrade(row));
                menu.getItems().add(grade);
            }
        }
        if (historyFactory != null) {
            javafx.scene.control.MenuItem history = new javafx.scene.control.MenuItem(Messages.get("catalog.history"));
            history.setOnAction(e -> showHistory(row));
            menu.getItems().add(history);
        }
        return menu.getItems().isEmpty() ? null : menu;
    }

    /** The grade pill (tooltip: risk and top reasons); clicking it, or "Grade…" when ungraded, opens the dialog. */
    private final class GradeCell extends TableCell<ProductRow, ProductRow> {
        private final Button gradeButton = new Button(Messages.get("catalog.grade.add"));
        private final Label pill = GradePill.create(null, null);
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        GradeCell() {
            gradeButton.getStyleClass().addAll("small", "flat");
            gradeButton.setOnAction(e -> openGrade(getItem()));
            pill.setOnMouseClicked(e -> {
                if (getItem() != null && gradeDialogs != null && !getItem().archived()) {
                    e.consume();
                    openGrade(getItem());
                }
            });
            tip.setShowDelay(javafx.util.Duration.millis(300));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
        }

        @Override
        protected void updateItem(ProductRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            boolean canGrade = gradeDialogs != null && !row.archived();
            if (row.gradeLetter() == null && canGrade) {
                setGraphic(gradeButton);
                return;
            }
            GradePill.show(pill, row.gradeLetter(), row.riskLevel());
            tip.setText(row.gradeSummary());
            pill.setTooltip(row.gradeSummary() == null ? null : tip);
            pill.setCursor(canGrade ? javafx.scene.Cursor.HAND : null);
            setGraphic(pill);
        }
    }

    private final class ActionsCell extends TableCell<ProductRow, ProductRow> {
        @Override
        protected void updateItem(ProductRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            HBox box = new HBox(6);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            if (row.archived()) {
                Button restore = new Button(Messages.get("catalog.restore"));
                restore.getStyleClass().addAll("small", "flat");
                restore.setOnAction(e -> vm.restore(row));
                box.getChildren().add(restore);
            } else {
                Button edit = new Button(Messages.get("catalog.edit"));
                edit.getStyleClass().addAll("small", "flat");
                edit.setOnAction(e -> openEditor(vm.editForm(row)));
                Button archive = new Button(Messages.get("catalog.archive"));
                archive.getStyleClass().addAll("small", "flat", "danger");
                archive.setOnAction(e -> confirmArchive(row));
                box.getChildren().addAll(edit, archive);
            }
            if (historyFactory != null) {
                Button history = new Button(Messages.get("catalog.history"));
                history.getStyleClass().addAll("small", "flat");
                history.setOnAction(e -> showHistory(row));
                box.getChildren().add(history);
            }
            box.getChildren().forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
            setGraphic(box);
        }
    }
}
