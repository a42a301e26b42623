package dev.seatledger.ui.audit;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** The "Next audit" choice of the dialogs that complete an audit: none, or in 1 to 12 months. */
final class NextAuditBox {
    private NextAuditBox() {
    }

    static void fill(ComboBox<Integer> box) {
        box.getItems().setAll(CompleteAuditViewModel.nextChoices());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return CompleteAuditViewModel.nextText(m);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
    }
}
