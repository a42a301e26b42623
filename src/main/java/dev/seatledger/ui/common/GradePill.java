package dev.seatledger.ui.common;

import dev.seatledger.core.common.Messages;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** A coloured pill for the product's security grade (A green … F red). */
public final class GradePill {
    private static final String[] LETTER_CLASSES = {"grade-a", "grade-b", "grade-c", "grade-d", "grade-e", "grade-f",
        "grade-none"};

    private GradePill() {
    }

    public static Label create(String letter, String risk) {
        Label pill = new Label();
        pill.getStyleClass().add("grade-pill");
        show(pill, letter, risk);
        return pill;
    }

    /** A pill whose tooltip gives the risk level and the top reasons of the latest evaluation. */
    public static Label create(String letter, String risk, String summary) {
        Label pill = create(letter, risk);
        if (summary != null && !summary.isBlank()) {
            Tooltip tip = new Tooltip(summary);
            tip.setShowDelay(Duration.millis(300));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            pill.setTooltip(tip);
        }
        return pill;
    }

    /** Shows another letter and risk on an existing pill. */
    public static void show(Label pill, String letter, String risk) {
        pill.getStyleClass().removeAll(LETTER_CLASSES);
        if (letter != null) {
            pill.getStyleClass().add("grade-" + letter.toLowerCase(Locale.ROOT));
            String level = risk == null ? null : Messages.get("grade.riskShort." + risk.toLowerCase(Locale.ROOT));
            pill.setText(level == null ? letter : letter + " · " + level);
            pill.setAccessibleText(level == null ? Messages.get("a11y.grade", letter)
                : Messages.get("a11y.gradeRisk", letter, level));
        } else {
            pill.getStyleClass().add("grade-none");
            pill.setText("—");
            pill.setAccessibleText(Messages.get("a11y.grade.none"));
        }
    }
}
