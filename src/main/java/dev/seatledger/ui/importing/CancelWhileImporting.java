package dev.seatledger.ui.importing;

import dev.seatledger.core.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

/**
 * An import dialog's Cancel button: "Cancel" closes it, "Cancel import" while an import runs asks the import to stop
 * (and keeps the dialog open to say so); closing the window while importing does the same.
 */
final class CancelWhileImporting {
    private CancelWhileImporting() {
    }

    static Button install(Dialog<?> dialog, ButtonType cancelType, String id, BooleanProperty importing,
                          Runnable cancel) {
        Button button = (Button) dialog.getDialogPane().lookupButton(cancelType);
        button.setId(id);
        ButtonBar.setButtonUniformSize(button, false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.textProperty().bind(Bindings.when(importing).then(Messages.get("import.cancel"))
            .otherwise(Messages.get("catalog.dialog.cancel")));
        button.addEventFilter(ActionEvent.ACTION, e -> {
            if (importing.get()) {
                e.consume();
                cancel.run();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (importing.get()) {
                e.consume();
                cancel.run();
            }
        });
        return button;
    }
}
