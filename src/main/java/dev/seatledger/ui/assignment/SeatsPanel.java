package dev.seatledger.ui.assignment;

import dev.seatledger.ui.common.Confirm;
import dev.seatledger.ui.common.Delay;
import dev.seatledger.ui.common.UndoToast;

import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Seats tab of a license page: "12 of 50 available", Assign, View all users, holders and history. */
public class SeatsPanel {
    private final SeatsPanelViewModel vm;
    private final Runnable viewAll;
    private final Parent root;

    @FXML private Label seatAvailability;
    @FXML private Label seatDrift;
    @FXML private Button assignSeatButton;
    @FXML private Label noticeLabel;
    @FXML private TableView<HolderRow> holdersPreview;
    @FXML private TableColumn<HolderRow, String> nameCol;
    @FXML private TableColumn<HolderRow, String> emailCol;
    @FXML private TableColumn<HolderRow, String> departmentCol;
    @FXML private TableColumn<HolderRow, String> accessCol;
    @FXML private TableColumn<HolderRow, String> assignedCol;
    @FXML private TableColumn<HolderRow, String> lastUseCol;
    @FXML private TableColumn<HolderRow, HolderRow> actionCol;
    @FXML private TableView<SeatQuery.HistoryRow> historyTable;
    @FXML private TableColumn<SeatQuery.HistoryRow, String> historyNameCol;
    @FXML private TableColumn<SeatQuery.HistoryRow, String> historyAssignedCol;
    @FXML private TableColumn<SeatQuery.HistoryRow, String> historyRevokedCol;

    public SeatsPanel(SeatsPanelViewModel vm, Runnable viewAll) {
        this.vm = vm;
        this.viewAll = viewAll;
        this.root = Fxml.load(this);
        vm.load();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        holdersPreview.setOnKeyPressed(e -> {
            HolderRow selected = holdersPreview.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && selected != null) {
                e.consume();
                confirmRevoke(selected);
            }
        });
        seatAvailability.textProperty().bind(vm.availabilityProperty());
        seatDrift.textProperty().bind(vm.driftProperty());
        seatDrift.visibleProperty().bind(vm.driftProperty().isNotEmpty());
        seatDrift.managedProperty().bind(seatDrift.visibleProperty());
        seatDrift.managedProperty().bind(seatDrift.visibleProperty());
        assignSeatButton.disableProperty().bind(vm.canAssignProperty().not());
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());

        holdersPreview.setItems(vm.holderRows());
        Columns.bind(nameCol, HolderRow::name);
        Columns.bind(emailCol, HolderRow::email);
        Columns.bind(departmentCol, HolderRow::department);
        Columns.bind(accessCol, HolderRow::accessLevel);
        Columns.bind(assignedCol, r -> date(r.assignedAt()));
        Columns.bind(lastUseCol, HolderLastUse::text);
        Columns.bind(actionCol, r -> r);
        actionCol.setCellFactory(c -> new RevokeCell());

        historyTable.setItems(vm.history());
        Columns.bind(historyNameCol, SeatQuery.HistoryRow::name);
        Columns.bind(historyAssignedCol, h -> date(h.assignedAt()) + " · " + h.assignedBy());
        Columns.bind(historyRevokedCol, h -> h.revokedAt() == null ? Messages.get("seats.history.active")
            : date(h.revokedAt()) + " · " + h.revokedBy() + " · " + Labels.of("assignment.reason", h.reason()));
    }

    @FXML
    private void onAssign() {
        AssignDialog d = new AssignDialog(vm.assignDialog());
        d.initOwner(root.getScene().getWindow());
        d.showAndWait();
    }

    @FXML
    private void onViewAll() {
        viewAll.run();
    }

    private void confirmRevoke(HolderRow r) {
        if (Confirm.ask(root, Messages.get("seats.revoke.confirm", r.name()))) {
            vm.revoke(r, () -> UndoToast.show(root.getScene().getWindow(), Messages.get("undo.seatRevoked", r.name()),
                () -> vm.reassign(r), Delay.fx()));
        }
    }

    private static String date(Instant i) {
        return i == null ? "" : Labels.date(LocalDate.ofInstant(i, ZoneId.systemDefault()));
    }

    /** A holder's Revoke button, asking first. */
    private final class RevokeCell extends TableCell<HolderRow, HolderRow> {
        @Override
        protected void updateItem(HolderRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            Button revoke = new Button(Messages.get("seats.revoke"));
            revoke.getStyleClass().addAll("small", "flat", "danger");
            revoke.setOnAction(e -> confirmRevoke(r));
            setGraphic(revoke);
        }
    }
}
