package dev.seatledger.ui.notification;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.notification.NotificationRow;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bell with its unread badge; a click shows the latest unread items. */
public class NotificationBell {
    private final NotificationCenterViewModel vm;
    private final Consumer<NotificationRow> open;
    private final Runnable viewAll;
    private final StackPane root = new StackPane();
    private final Popup popup = new Popup();
    private final VBox items = new VBox(2);

    public NotificationBell(NotificationCenterViewModel vm, Consumer<NotificationRow> open, Runnable viewAll) {
        this.vm = vm;
        this.open = open;
        this.viewAll = viewAll;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        FontIcon icon = new FontIcon(Feather.BELL);
        icon.setIconSize(18);
        Button bell = new Button(null, icon);
        bell.setId("notificationBell");
        bell.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
            vm.badgeProperty().get() == null || vm.badgeProperty().get().isEmpty() ? Messages.get("a11y.bell")
                : Messages.get("a11y.bell.unread", vm.badgeProperty().get()), vm.badgeProperty()));
        bell.setTooltip(new javafx.scene.control.Tooltip(Messages.get("a11y.bell")));
        bell.getStyleClass().addAll("flat", "button-icon");
        Label badge = new Label();
        badge.setId("bellBadge");
        badge.getStyleClass().add("bell-badge");
        badge.textProperty().bind(vm.badgeProperty());
        badge.visibleProperty().bind(vm.badgeProperty().isNotEmpty());
        badge.setMouseTransparent(true);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        root.getChildren().addAll(bell, badge);
        root.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);

        Label title = new Label(Messages.get("notify.title"));
        title.getStyleClass().add("section-title");
        Hyperlink markAll = new Hyperlink(Messages.get("notify.markAllRead"));
        markAll.setId("markAllRead");
        markAll.setOnAction(e -> vm.markAllRead());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, markAll);
        head.setAlignment(Pos.CENTER_LEFT);
        Hyperlink all = new Hyperlink(Messages.get("notify.viewAll"));
        all.setOnAction(e -> {
            popup.hide();
            viewAll.run();
        });
        VBox panel = new VBox(8, head, items, all);
        panel.getStyleClass().add("notification-panel");
        panel.setPrefWidth(380);
        popup.getContent().add(panel);
        popup.setAutoHide(true);
        vm.latest().addListener((javafx.collections.ListChangeListener<NotificationRow>) c -> fill(vm.latest()));
        fill(vm.latest());
        bell.setOnAction(e -> {
            if (popup.isShowing()) {
                popup.hide();
                return;
            }
            vm.refresh();
            Bounds b = bell.localToScreen(bell.getBoundsInLocal());
            popup.show(bell, b.getMaxX() - 380, b.getMaxY() + 4);
        });
    }

    private void fill(List<NotificationRow> rows) {
        items.getChildren().clear();
        if (rows.isEmpty()) {
            Label empty = new Label(Messages.get("notify.empty"));
            empty.setId("notificationsEmpty");
            empty.getStyleClass().add("text-muted");
            empty.setStyle("-fx-padding: 12 4 12 4;");
            items.getChildren().add(empty);
            return;
        }
        for (NotificationRow r : rows) {
            items.getChildren().add(item(r));
        }
    }

    private Node item(NotificationRow r) {
        Label subject = new Label(r.subject());
        subject.getStyleClass().add("notification-subject");
        subject.setWrapText(true);
        Label preview = new Label(r.body() == null ? "" : r.body());
        preview.getStyleClass().add("text-muted");
        preview.setWrapText(true);
        Label when = new Label(vm.relativeTime(r));
        when.getStyleClass().addAll("text-muted", "text-small");
        VBox box = new VBox(2, subject, preview, when);
        box.getStyleClass().add("notification-item");
        box.setOnMouseClicked(e -> {
            popup.hide();
            vm.markRead(r);
            open.accept(r);
        });
        return box;
    }
}
