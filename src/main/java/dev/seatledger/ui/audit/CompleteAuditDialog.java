package dev.seatledger.ui.audit;

import dev.seatledger.core.common.Messages;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.FxmlDialog;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Complete a usage audit: the count, notes and the next audit; errors under their fields, the dialog stays open. */
public class CompleteAuditDialog extends FxmlDialog<ButtonType> {
    private final CompleteAuditViewModel form;

    @FXML private ButtonType saveType;
    @FXML private FormGrid grid;
    @FXML private TextField countField;
    @FXML private TextArea notesField;
    @FXML private ComboBox<Integer> nextBox;

    public CompleteAuditDialog(CompleteAuditViewModel form) {
        super(Messages.get("audit.complete").replace("…", ""));
        this.form = form;
        loadPane();
        command(saveType, "saveAuditButton", () -> form.complete(() -> closeWith(ButtonType.OK)));
    }

    @FXML
    private void initialize() {
        grid.showErrors(form.errors());
        countField.textProperty().bindBidirectional(form.countProperty());
        notesField.textProperty().bindBidirectional(form.notesProperty());
        NextAuditBox.fill(nextBox);
        nextBox.valueProperty().bindBidirectional(form.nextInMonthsProperty());
    }
}
