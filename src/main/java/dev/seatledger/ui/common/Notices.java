package dev.seatledger.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.util.Duration;

/** Shows a view-model's success notice or error in a banner label; notices fade after a few seconds. */
public final class Notices {
    private Notices() {
    }

    public static void bind(Label banner, StringProperty notice, StringProperty error) {
        PauseTransition hide = new PauseTransition(Duration.seconds(4));
        hide.setOnFinished(e -> show(banner, false));
        notice.addListener((o, a, text) -> {
            if (text == null || text.isEmpty()) {
                return;
            }
            banner.setText(text);
            banner.getStyleClass().removeAll("error-banner");
            show(banner, true);
            notice.set("");
            hide.playFromStart();
        });
        error.addListener((o, a, text) -> {
            if (text == null || text.isEmpty()) {
                return;
            }
            hide.stop();
            banner.setText(text);
            if (!banner.getStyleClass().contains("error-banner")) {
                banner.getStyleClass().add("error-banner");
            }
            show(banner, true);
            error.set("");
        });
        banner.setOnMouseClicked(e -> show(banner, false));
    }

    private static void show(Label banner, boolean visible) {
        banner.setVisible(visible);
        banner.setManaged(visible);
    }
}
