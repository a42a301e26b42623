package dev.seatledger.ui.audit;

import dev.seatledger.ui.common.Columns;
import dev.seatledger.core.audit.AuditRow;
import dev.seatledger.core.audit.AuditService;
import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Usage audits tab: start, complete (count, notes, next audit), cancel, and the audit history. */
public class AuditPanel {
    private final AuditPanelViewModel vm;
    private final VBox root = new VBox(10);

    public AuditPanel(AuditPanelViewModel vm) {
        this.vm = vm;
        build();
        vm.load();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.setStyle("-fx-padding: 12 4 12 4;");
        Button start = new Button(Messages.get("audit.start"));
        start.setId("startAuditButton");
        start.getStyleClass().add("accent");
        start.visibleProperty().bind(vm.inProgressProperty().not());
        start.managedProperty().bind(start.visibleProperty());
        start.setOnAction(e -> confirm(Messages.get("audit.start.confirm", currentUsed()), vm::start));
        Button complete = new Button(Messages.get("audit.complete"));
        complete.setId("completeAuditButton");
        complete.getStyleClass().add("accent");
        complete.visibleProperty().bind(vm.inProgressProperty());
        complete.managedProperty().bind(complete.visibleProperty());
        complete.setOnAction(e -> completeDialog().showAndWait());
        Button cancel = new Button(Messages.get("audit.cancel"));
        cancel.visibleProperty().bind(vm.inProgressProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> confirm(Messages.get("audit.cancel.confirm"), () -> vm.cancel(null)));
        Label next = new Label();
        next.setId("nextAuditLabel");
        next.textProperty().bind(vm.nextAuditProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, next, spacer, cancel, complete, start);
        top.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.getStyleClass().add("notice-banner");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setVisible(false);
        notice.setManaged(false);
        Notices.bind(notice, vm.noticeProperty(), vm.errorProperty());

        TableView<AuditRow> table = new TableView<>(vm.history());
        table.setId("auditHistory");
        table.setPrefHeight(240);
        table.getColumns().add(Columns.text(Messages.get("audit.col.started"), r -> date(r.startedAt()) + " · " + r.startedBy(), 170));
        table.getColumns().add(Columns.text(Messages.get("audit.col.status"), r -> Labels.of("audit.status", r.status()), 100));
        table.getColumns().add(Columns.text(Messages.get("audit.col.before"), r -> String.valueOf(r.before()), 70));
        table.getColumns().add(Columns.text(Messages.get("audit.col.after"), r -> r.after() == null ? "" : r.after().toString(), 70));
        table.getColumns().add(Columns.text(Messages.get("audit.col.delta"), r -> r.delta() == null ? "" : signed(r.delta()), 70));
        table.getColumns().add(Columns.text(Messages.get("audit.col.finished"),
            r -> r.finishedAt() == null ? "" : date(r.finishedAt()) + " · " + r.finishedBy(), 170));
        table.getColumns().add(Columns.text(Messages.get("audit.col.notes"), AuditRow::notes, 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("license.audits.empty")));
        root.getChildren().addAll(top, notice, table);
    }

    private int currentUsed() {
        return vm.beforeCountProperty().get();
    }

    private void confirm(String text, Runnable action) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text);
        a.initOwner(root.getScene().getWindow());
        a.setHeaderText(null);
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> action.run());
    }

    private Dialog<ButtonType> completeDialog() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(root.getScene().getWindow());
        d.setTitle(Messages.get("audit.complete").replace("…", ""));
        ButtonType ok = new ButtonType(Messages.get("catalog.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok,
            new ButtonType(Messages.get("catalog.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ObservableMap<String, String> errors = FXCollections.observableHashMap();
        TextField count = new TextField(String.valueOf(vm.beforeCountProperty().get()));
        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        ComboBox<Integer> months = new ComboBox<>();
        months.getItems().add(null);
        AuditService.SCHEDULE_MONTHS.stream().sorted().forEach(months.getItems()::add);
        months.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? Messages.get("audit.next.none")
                    : m == 1 ? Messages.get("audit.next.month") : Messages.get("audit.next.months", m);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        FormGrid g = new FormGrid();
        g.field(Messages.get("audit.field.count") + " *", count, "count", errors);
        g.field(Messages.get("audit.field.notes"), notes, "notes", errors);
        g.field(Messages.get("audit.field.next"), months, "next", errors);
        d.getDialogPane().setContent(g);
        Button save = (Button) d.getDialogPane().lookupButton(ok);
        save.setId("saveAuditButton");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.complete(count.getText(), notes.getText(), months.getValue(), errors, () -> {
                d.setResult(ButtonType.OK);
                d.close();
            });
        });
        return d;
    }

    private static String signed(int d) {
        return d > 0 ? "+" + d : String.valueOf(d);
    }

    private static String date(Instant i) {
        return Labels.date(LocalDate.ofInstant(i, ZoneId.systemDefault()));
    }
}
