package dev.seatledger.ui.assignment;

import dev.seatledger.ui.common.Columns;
import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Seats tab of a license page: "12 of 50 available", Assign, View all users, holders and history. */
public class SeatsPanel {
    private final SeatsPanelViewModel vm;
    private final Runnable viewAll;
    private final VBox root = new VBox(10);

    public SeatsPanel(SeatsPanelViewModel vm, Runnable viewAll) {
        this.vm = vm;
        this.viewAll = viewAll;
        build();
        vm.load();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("seats-panel");
        root.setStyle("-fx-padding: 12 4 12 4;");
        Label availability = new Label();
        availability.setId("seatAvailability");
        availability.getStyleClass().add("title-4");
        availability.textProperty().bind(vm.availabilityProperty());
        Label drift = new Label();
        drift.setId("seatDrift");
        drift.getStyleClass().add("warning-text");
        drift.textProperty().bind(vm.driftProperty());
        drift.visibleProperty().bind(vm.driftProperty().isNotEmpty());
        drift.managedProperty().bind(drift.visibleProperty());
        Button assign = new Button(Messages.get("seats.assign") + "…");
        assign.setId("assignSeatButton");
        assign.getStyleClass().add("accent");
        assign.disableProperty().bind(vm.canAssignProperty().not());
        assign.setOnAction(e -> {
            AssignDialog d = new AssignDialog(vm.assignDialog());
            d.initOwner(root.getScene().getWindow());
            d.showAndWait();
        });
        Button all = new Button(Messages.get("seats.viewAll"));
        all.setId("viewAllUsersButton");
        all.setOnAction(e -> viewAll.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(12, availability, spacer, all, assign);
        top.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.getStyleClass().add("notice-banner");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setVisible(false);
        notice.setManaged(false);
        Notices.bind(notice, vm.noticeProperty(), vm.errorProperty());

        TableView<HolderRow> holders = new TableView<>(vm.holderRows());
        holders.setId("holdersPreview");
        holders.setPrefHeight(260);
        holders.getColumns().add(Columns.text(Messages.get("holders.col.name"), HolderRow::name, 200));
        holders.getColumns().add(Columns.text(Messages.get("holders.col.email"), HolderRow::email, 220));
        holders.getColumns().add(Columns.text(Messages.get("holders.col.department"), HolderRow::department, 140));
        holders.getColumns().add(Columns.text(Messages.get("holders.col.access"), HolderRow::accessLevel, 120));
        holders.getColumns().add(Columns.text(Messages.get("holders.col.assigned"), r -> date(r.assignedAt()), 120));
        TableColumn<HolderRow, HolderRow> action = new TableColumn<>();
        action.setPrefWidth(100);
        action.setSortable(false);
        action.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        action.setCellFactory(c -> new TableCell<>() {
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
        });
        holders.getColumns().add(action);
        holders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        holders.setPlaceholder(new Label(Messages.get("license.seats.empty")));

        TableView<SeatQuery.HistoryRow> history = new TableView<>(vm.history());
        history.setPrefHeight(200);
        history.getColumns().add(Columns.text(Messages.get("holders.col.name"), SeatQuery.HistoryRow::name, 200));
        history.getColumns().add(Columns.text(Messages.get("seats.history.assigned"),
            h -> date(h.assignedAt()) + " · " + h.assignedBy(), 200));
        history.getColumns().add(Columns.text(Messages.get("seats.history.revoked"), h -> h.revokedAt() == null
            ? Messages.get("seats.history.active")
            : date(h.revokedAt()) + " · " + h.revokedBy() + " · " + Labels.of("assignment.reason", h.reason()), 260));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setPlaceholder(new Label(Messages.get("seats.history.empty")));
        Label historyTitle = new Label(Messages.get("seats.history"));
        historyTitle.getStyleClass().add("section-title");
        root.getChildren().addAll(top, drift, notice, holders, historyTitle, history);
    }

    private void confirmRevoke(HolderRow r) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("seats.revoke.confirm", r.name()));
        a.initOwner(root.getScene().getWindow());
        a.setHeaderText(null);
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.revoke(r));
    }

    private static String date(Instant i) {
        return i == null ? "" : Labels.date(LocalDate.ofInstant(i, ZoneId.systemDefault()));
    }
}
