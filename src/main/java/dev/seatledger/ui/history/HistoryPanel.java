package dev.seatledger.ui.history;

import dev.seatledger.core.history.HistoryQuery;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.TaskExecutor;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The History tab of a license, product or person: who changed what, when. */
public class HistoryPanel {
    private final HistoryViewModel vm;
    private final Parent root;

    @FXML private TableView<HistoryRow> historyTable;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<HistoryRow, String> whenCol;
    @FXML private TableColumn<HistoryRow, String> whoCol;
    @FXML private TableColumn<HistoryRow, String> whatCol;
    @FXML private TableColumn<HistoryRow, String> detailsCol;

    public HistoryPanel(HistoryQuery query, TaskExecutor executor, SubjectType type, long id) {
        this.vm = new HistoryViewModel(query, executor, type, id);
        this.root = Fxml.load(this);
        vm.refresh();
    }

    public Parent root() {
        return root;
    }

    public ObservableList<HistoryRow> rows() {
        return vm.rows();
    }

    public void refresh() {
        vm.refresh();
    }

    @FXML
    private void initialize() {
        historyTable.setItems(vm.rows());
        emptyLabel.textProperty().bind(vm.emptyTextProperty());
        Columns.bind(whenCol, r -> Labels.instant(r.at()));
        Columns.bind(whoCol, HistoryRow::by);
        Columns.bind(whatCol, r -> Labels.of("history.action", r.action()));
        Columns.bind(detailsCol, vm::details);
        detailsCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
            }
        });
    }
}
