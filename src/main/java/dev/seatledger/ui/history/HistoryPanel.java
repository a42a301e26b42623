package dev.seatledger.ui.history;

import dev.seatledger.ui.common.Columns;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.history.HistoryQuery;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.TaskExecutor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The History tab of a license, product or person: who changed what, when. */
public class HistoryPanel {
    public static final int LIMIT = 500;

    private final HistoryQuery query;
    private final TaskExecutor executor;
    private final SubjectType type;
    private final long id;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final TableView<HistoryRow> table = new TableView<>(rows);

    public HistoryPanel(HistoryQuery query, TaskExecutor executor, SubjectType type, long id) {
        this.query = query;
        this.executor = executor;
        this.type = type;
        this.id = id;
        build();
        refresh();
    }

    public Parent root() {
        return table;
    }

    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    public void refresh() {
        executor.execute(() -> query.of(type, id, LIMIT), rows::setAll,
            t -> table.setPlaceholder(new Label(ErrorText.of(t))));
    }

    private void build() {
        table.setId("historyTable");
        TableColumn<HistoryRow, String> when = new TableColumn<>(Messages.get("history.col.when"));
        when.setPrefWidth(170);
        Columns.bind(when, r -> Labels.instant(r.at()));
        TableColumn<HistoryRow, String> who = new TableColumn<>(Messages.get("history.col.who"));
        who.setPrefWidth(120);
        Columns.bind(who, r -> r.by());
        TableColumn<HistoryRow, String> what = new TableColumn<>(Messages.get("history.col.what"));
        what.setPrefWidth(130);
        Columns.bind(what, r -> Labels.of("history.action", r.action()));
        TableColumn<HistoryRow, String> details = new TableColumn<>(Messages.get("history.col.details"));
        details.setPrefWidth(480);
        Columns.bind(details, r -> r.summary());
        details.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.replace("; ", "\n"));
                setWrapText(true);
            }
        });
        table.getColumns().add(when);
        table.getColumns().add(who);
        table.getColumns().add(what);
        table.getColumns().add(details);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("license.history.empty")));
        table.setPrefHeight(320);
    }
}
