package dev.seatledger.ui.notification;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.notification.NotificationRow;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.FxmlDialog;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The full notification list: unread (or all), open a record, mark read, mark all read. */
public class NotificationsDialog extends FxmlDialog<Void> {
    private final NotificationCenterViewModel vm;
    private final Consumer<NotificationRow> open;

    @FXML private CheckBox showReadCheck;
    @FXML private TableView<NotificationRow> notificationsTable;
    @FXML private TableColumn<NotificationRow, String> whenCol;
    @FXML private TableColumn<NotificationRow, String> subjectCol;
    @FXML private TableColumn<NotificationRow, String> bodyCol;

    public NotificationsDialog(NotificationCenterViewModel vm, Consumer<NotificationRow> open) {
        super(Messages.get("notify.title"));
        this.vm = vm;
        this.open = open;
        setResizable(true);
        loadPane();
        vm.loadAll(false);
    }

    @FXML
    private void initialize() {
        notificationsTable.setItems(vm.all());
        Columns.bind(whenCol, vm::relativeTime);
        Columns.bind(subjectCol, NotificationRow::subject);
        Columns.bind(bodyCol, NotificationRow::body);
        notificationsTable.setRowFactory(t -> row());
        showReadCheck.selectedProperty().addListener((o, a, b) -> vm.loadAll(b));
    }

    /** A notification's row, faded once read; a double-click marks it read and opens its record. */
    private TableRow<NotificationRow> row() {
        TableRow<NotificationRow> row = new TableRow<>() {
            @Override
            protected void updateItem(NotificationRow r, boolean empty) {
                super.updateItem(r, empty);
                setOpacity(!empty && r != null && r.read() ? 0.6 : 1.0);
            }
        };
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !row.isEmpty()) {
                vm.markRead(row.getItem());
                close();
                open.accept(row.getItem());
            }
        });
        return row;
    }

    @FXML
    private void onMarkAllRead() {
        vm.markAllRead();
    }
}
