package dev.seatledger.ui.shell;

import java.io.InputStream;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app's stylesheet on a scene and its icon on a window. */
public final class WindowLook {
    private WindowLook() {
    }

    public static void addStylesheets(Scene scene) {
        scene.getStylesheets().add(WindowLook.class.getResource("/dev/seatledger/ui/app.css").toExternalForm());
    }

    public static void setIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            InputStream in = WindowLook.class.getResourceAsStream("/dev/seatledger/icons/seatledger-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }
}
