package dev.seatledger.ui.audit;

import dev.seatledger.ui.common.ChoiceText;
import javafx.scene.control.ComboBox;

/** The "Next audit" choice of the dialogs that complete an audit: none, or in 1 to 12 months. */
final class NextAuditBox {
    private NextAuditBox() {
    }

    static void fill(ComboBox<Integer> box) {
        box.getItems().setAll(CompleteAuditViewModel.nextChoices());
        box.setConverter(ChoiceText.of((Integer m) -> CompleteAuditViewModel.nextText(m)));
    }
}
