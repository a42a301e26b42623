package dev.seatledger.ui.shell;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;

/** Which pipeline draws the window, once the toolkit runs. */
public final class Renderer {
    private Renderer() {
    }

    /** Whether a graphics card draws the window: JavaFX's software renderer has no 3D, every graphics-card pipeline has it. */
    public static boolean hardware() {
        return Platform.isSupported(ConditionalFeature.SCENE3D);
    }
}
