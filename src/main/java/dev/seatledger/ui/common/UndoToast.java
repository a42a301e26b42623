package dev.seatledger.ui.common;

import dev.seatledger.core.common.Messages;
import java.time.Duration;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The toast after an archive or a revoke: says what was done and offers Undo for {@link #OFFER}. Undo runs once;
 * the toast goes when it is pressed, when the time is up or when the user clicks elsewhere.
 */
public final class UndoToast {
    public static final Duration OFFER = Duration.ofSeconds(10);

    private UndoToast() {
    }

    public static void show(Window owner, String done, Runnable undo, Delay delay) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        Label text = new Label(done);
        text.getStyleClass().add("notification-subject");
        Button undoButton = new Button(Messages.get("undo.button"));
        undoButton.setId("undoButton");
        undoButton.setAccessibleHelp(Messages.get("undo.help", OFFER.toSeconds()));
        HBox box = new HBox(14, text, undoButton);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("toast");
        box.setId("undoToast");
        box.getStylesheets().addAll(owner.getScene().getStylesheets());
        Popup popup = new Popup();
        popup.getContent().add(box);
        popup.setAutoHide(true);
        undoButton.setOnAction(e -> {
            popup.hide();
            undo.run();
        });
        popup.show(owner, owner.getX() + owner.getWidth() - 420, owner.getY() + owner.getHeight() - 110);
        delay.after(OFFER, popup::hide);
    }
}
