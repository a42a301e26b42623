package dev.seatledger.ui.common;

import java.util.Locale;
import javafx.scene.control.Label;

/** A coloured pill for the product's security grade (A green … F red). */
public final class GradePill {
    private GradePill() {
    }

    public static Label create(String letter, String risk) {
        Label pill = new Label(letter == null ? "—" : letter);
        pill.getStyleClass().add("grade-pill");
        if (letter != null) {
            pill.getStyleClass().add("grade-" + letter.toLowerCase(Locale.ROOT));
            if (risk != null) {
                pill.setText(letter + " · " + risk.toLowerCase(Locale.ROOT));
            }
        } else {
            pill.getStyleClass().add("grade-none");
        }
        return pill;
    }
}
