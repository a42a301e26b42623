package dev.seatledger.ui.notification;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.notification.NotificationRow;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/** A desktop toast in the window's bottom-right corner for notifications new since the last start. */
public final class Toast {
    private Toast() {
    }

    public static void show(Window owner, List<NotificationRow> fresh) {
        if (owner == null || fresh.isEmpty()) {
            return;
        }
        Label title = new Label(fresh.size() == 1 ? fresh.get(0).subject()
            : Messages.get("notify.toast.many", fresh.size()));
        title.getStyleClass().add("notification-subject");
        VBox box = new VBox(4, title);
        if (fresh.size() > 1) {
            fresh.stream().limit(3).forEach(r -> box.getChildren().add(new Label("• " + r.subject())));
        }
        box.getStyleClass().add("toast");
        box.setPrefWidth(340);
        Popup popup = new Popup();
        popup.getContent().add(box);
        popup.setAutoHide(true);
        box.getStylesheets().addAll(owner.getScene().getStylesheets());
        popup.show(owner, owner.getX() + owner.getWidth() - 370, owner.getY() + owner.getHeight() - 160);
        box.setOnMouseClicked(e -> popup.hide());
        PauseTransition hide = new PauseTransition(Duration.seconds(8));
        hide.setOnFinished(e -> popup.hide());
        hide.play();
    }
}
