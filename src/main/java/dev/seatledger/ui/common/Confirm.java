package dev.seatledger.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** The question asked before an action that changes or removes what others rely on: OK goes on, anything else stops. */
public final class Confirm {
    private Confirm() {
    }

    /** Asks {@code text} over the window of {@code owner}; true when the user chose OK. */
    public static boolean ask(Node owner, String text) {
        return ask(owner, null, text);
    }

    /** The same with a window title of its own (null: the platform's "Confirmation"). */
    public static boolean ask(Node owner, String title, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text);
        a.initOwner(owner.getScene().getWindow());
        if (title != null) {
            a.setTitle(title);
        }
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
