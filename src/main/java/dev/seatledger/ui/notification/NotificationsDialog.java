package dev.seatledger.ui.notification;

import dev.seatledger.ui.common.Columns;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.notification.NotificationRow;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The full notification list: unread (or all), open a record, mark read, mark all read. */
public class NotificationsDialog extends Dialog<Void> {

    public NotificationsDialog(NotificationCenterViewModel vm, Consumer<NotificationRow> open) {
        setTitle(Messages.get("notify.title"));
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        CheckBox showRead = new CheckBox(Messages.get("notify.showRead"));
        Button markAll = new Button(Messages.get("notify.markAllRead"));
        markAll.setOnAction(e -> vm.markAllRead());
        TableView<NotificationRow> table = new TableView<>(vm.all());
        TableColumn<NotificationRow, String> when = new TableColumn<>(Messages.get("history.col.when"));
        when.setPrefWidth(110);
        Columns.bind(when, r -> vm.relativeTime(r));
        TableColumn<NotificationRow, String> subject = new TableColumn<>(Messages.get("history.col.what"));
        subject.setPrefWidth(300);
        Columns.bind(subject, r -> r.subject());
        TableColumn<NotificationRow, String> body = new TableColumn<>(Messages.get("history.col.details"));
        body.setPrefWidth(320);
        Columns.bind(body, r -> r.body());
        table.getColumns().add(when);
        table.getColumns().add(subject);
        table.getColumns().add(body);
        table.setPlaceholder(new Label(Messages.get("notify.empty")));
        table.setRowFactory(t -> {
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
        });
        showRead.selectedProperty().addListener((o, a, b) -> vm.loadAll(b));
        getDialogPane().setContent(new VBox(10, new HBox(12, showRead, markAll), table));
        getDialogPane().setPrefSize(800, 520);
        vm.loadAll(false);
    }
}
