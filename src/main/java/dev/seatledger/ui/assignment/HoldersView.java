package dev.seatledger.ui.assignment;

import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.assignment.HolderSort;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.ListScreen;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** View all users of a license; rows arrive page by page as the table scrolls. */
public class HoldersView {
    private final HoldersViewModel vm;
    private final Runnable back;
    private Parent root;

    @FXML private Hyperlink backLink;
    @FXML private Label titleLabel;
    @FXML private TextField searchField;
    @FXML private CheckBox inactiveCheck;
    @FXML private Label countLabel;
    @FXML private ProgressBar exportBar;
    @FXML private Button cancelButton;
    @FXML private Button exportButton;
    @FXML private Label noticeLabel;
    @FXML private TableView<HolderRow> table;
    @FXML private TableColumn<HolderRow, String> nameCol;
    @FXML private TableColumn<HolderRow, String> emailCol;
    @FXML private TableColumn<HolderRow, String> deptCol;
    @FXML private TableColumn<HolderRow, String> statusCol;
    @FXML private TableColumn<HolderRow, String> accessCol;
    @FXML private TableColumn<HolderRow, String> assignedCol;
    @FXML private TableColumn<HolderRow, HolderRow> activityCol;

    public HoldersView(HoldersViewModel vm, Runnable back) {
        this.vm = vm;
        this.back = back;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        backLink.setText("← " + vm.licenseName());
        titleLabel.setText(Messages.get("holders.title", vm.licenseName()));
        inactiveCheck.selectedProperty().bindBidirectional(vm.inactiveOnlyProperty());
        ListScreen<HolderRow> list = ListScreen.of(table, vm.rows()).search(searchField, vm.searchProperty())
            .count(countLabel, vm.matchingProperty(), vm::countText);
        Columns.bind(nameCol, HolderRow::name);
        Columns.bind(emailCol, HolderRow::email);
        Columns.bind(deptCol, HolderRow::department);
        Columns.bind(statusCol, r -> Labels.of("person.status", r.personStatus()));
        Columns.bind(accessCol, HolderRow::accessLevel);
        Columns.bind(assignedCol, r -> Labels.date(LocalDate.ofInstant(r.assignedAt(), ZoneId.systemDefault())));
        Columns.bind(activityCol, r -> r);
        activityCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(HolderRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("inactive-seat");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(HolderLastUse.text(r));
                if (r.inactive()) {
                    getStyleClass().add("inactive-seat");
                }
            }
        });
        Map<TableColumn<HolderRow, ?>, HolderSort> keys = Map.of(nameCol, HolderSort.NAME, emailCol, HolderSort.EMAIL,
            deptCol, HolderSort.DEPARTMENT, statusCol, HolderSort.STATUS, accessCol, HolderSort.ACCESS,
            assignedCol, HolderSort.ASSIGNED, activityCol, HolderSort.LAST_ACTIVITY);
        list.sortInSql(keys, HolderSort.NAME, vm::sortBy);
        exportBar.progressProperty().bind(vm.exportProgressProperty());
        exportBar.visibleProperty().bind(vm.exportingProperty());
        exportBar.managedProperty().bind(vm.exportingProperty());
        cancelButton.visibleProperty().bind(vm.exportingProperty());
        cancelButton.managedProperty().bind(vm.exportingProperty());
        exportButton.disableProperty().bind(vm.exportingProperty());
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());
        vm.refresh();
    }

    @FXML
    private void onBack() {
        back.run();
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("holders.export"));
        chooser.setInitialFileName(vm.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            vm.export(file.toPath());
        }
    }

    @FXML
    private void onCancel() {
        vm.cancelExport();
    }
}
