package dev.seatledger.ui.audit;

import dev.seatledger.core.audit.AuditRow;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Confirm;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * The Usage audits tab: start, complete (count, notes, next audit) by hand or by comparing with the vendor's export,
 * cancel, and the audit history.
 */
public class AuditPanel {
    private final AuditPanelViewModel vm;
    private final Function<Window, Path> chooseExport;
    private final Parent root;

    @FXML private Label nextAuditLabel;
    @FXML private Button cancelAuditButton;
    @FXML private Button completeAuditButton;
    @FXML private Button compareVendorButton;
    @FXML private Button startAuditButton;
    @FXML private Label noticeLabel;
    @FXML private TableView<AuditRow> auditHistory;
    @FXML private TableColumn<AuditRow, String> startedCol;
    @FXML private TableColumn<AuditRow, String> statusCol;
    @FXML private TableColumn<AuditRow, String> beforeCol;
    @FXML private TableColumn<AuditRow, String> afterCol;
    @FXML private TableColumn<AuditRow, String> deltaCol;
    @FXML private TableColumn<AuditRow, String> finishedCol;
    @FXML private TableColumn<AuditRow, String> notesCol;

    /** {@code chooseExport} asks for the vendor's export (null when the user cancels). */
    public AuditPanel(AuditPanelViewModel vm, Function<Window, Path> chooseExport) {
        this.vm = vm;
        this.chooseExport = chooseExport;
        this.root = Fxml.load(this);
        vm.load();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        nextAuditLabel.textProperty().bind(vm.nextAuditProperty());
        startAuditButton.visibleProperty().bind(vm.inProgressProperty().not());
        startAuditButton.managedProperty().bind(startAuditButton.visibleProperty());
        completeAuditButton.visibleProperty().bind(vm.inProgressProperty());
        completeAuditButton.managedProperty().bind(completeAuditButton.visibleProperty());
        compareVendorButton.visibleProperty().bind(vm.inProgressProperty());
        compareVendorButton.managedProperty().bind(compareVendorButton.visibleProperty());
        cancelAuditButton.visibleProperty().bind(vm.inProgressProperty());
        cancelAuditButton.managedProperty().bind(cancelAuditButton.visibleProperty());
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());

        auditHistory.setItems(vm.history());
        Columns.bind(startedCol, r -> date(r.startedAt()) + " · " + r.startedBy());
        Columns.bind(statusCol, r -> Labels.of("audit.status", r.status()));
        Columns.bind(beforeCol, r -> String.valueOf(r.before()));
        Columns.bind(afterCol, r -> r.after() == null ? "" : r.after().toString());
        Columns.bind(deltaCol, r -> r.delta() == null ? "" : signed(r.delta()));
        Columns.bind(finishedCol, r -> r.finishedAt() == null ? "" : date(r.finishedAt()) + " · " + r.finishedBy());
        Columns.bind(notesCol, AuditRow::notes);
    }

    @FXML
    private void onStart() {
        confirm(Messages.get("audit.start.confirm", vm.beforeCountProperty().get()), vm::start);
    }

    @FXML
    private void onComplete() {
        CompleteAuditDialog d = new CompleteAuditDialog(vm.completeForm());
        d.initOwner(root.getScene().getWindow());
        d.showAndWait();
    }

    @FXML
    private void onCompareVendor() {
        Window owner = root.getScene().getWindow();
        Path file = chooseExport.apply(owner);
        if (file == null) {
            return;
        }
        VendorCompareViewModel form = vm.vendorForm();
        form.load(file);
        VendorCompareDialog d = new VendorCompareDialog(form);
        d.initOwner(owner);
        d.showAndWait();
    }

    @FXML
    private void onCancel() {
        confirm(Messages.get("audit.cancel.confirm"), () -> vm.cancel(null));
    }

    private void confirm(String text, Runnable action) {
        if (Confirm.ask(root, text)) {
            action.run();
        }
    }

    private static String signed(int d) {
        return d > 0 ? "+" + d : String.valueOf(d);
    }

    private static String date(Instant i) {
        return Labels.date(LocalDate.ofInstant(i, ZoneId.systemDefault()));
    }
}
