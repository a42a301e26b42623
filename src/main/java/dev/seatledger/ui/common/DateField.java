package dev.seatledger.ui.common;

import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;

/**
 * A date picker that takes a typed date when the field loses focus (a plain picker keeps it only on Enter), and
 * puts back the last good date when the text is not one.
 */
public class DateField extends DatePicker {
    public DateField() {
        setMaxWidth(Double.MAX_VALUE);
        focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                String typed = getEditor().getText();
                try {
                    setValue(typed == null || typed.isBlank() ? null : getConverter().fromString(typed));
                } catch (DateTimeParseException ignored) {
                    getEditor().setText(getConverter().toString(getValue()));
                }
            }
        });
    }
}
