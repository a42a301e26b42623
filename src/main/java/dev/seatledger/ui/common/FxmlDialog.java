package dev.seatledger.ui.common;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;

/**
 * A dialog whose pane (buttons and content) is its FXML, {@code XxxDialog.fxml} beside the subclass, which is the
 * pane's controller. A button can run the form's command and leave the dialog open until it succeeds.
 */
public abstract class FxmlDialog<R> extends Dialog<R> {
    protected FxmlDialog(String title) {
        setTitle(title);
        setHeaderText(null);
    }

    /** Loads the FXML pane; its {@code initialize} runs before this returns. */
    protected final void loadPane() {
        setDialogPane((DialogPane) Fxml.load(this));
    }

    /** The button of {@code type}, given {@code id}; pressing it runs {@code action} instead of closing the dialog. */
    protected final Button command(ButtonType type, String id, Runnable action) {
        Button b = (Button) getDialogPane().lookupButton(type);
        b.setId(id);
        b.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
        return b;
    }

    /** Closes the dialog with {@code result} (after its command succeeded). */
    protected final void closeWith(R result) {
        setResult(result);
        close();
    }
}
