package dev.seatledger.testing;

import dev.seatledger.ui.shell.Theme;
import dev.seatledger.ui.shell.WindowLook;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows a view the way the app does: AtlantaFX theme plus the app stylesheet. */
public final class TestScenes {
    private TestScenes() {
    }

    public static void show(Stage stage, Parent root, double width, double height) {
        Theme.LIGHT.apply();
        Scene scene = new Scene(root, width, height);
        WindowLook.addStylesheets(scene);
        stage.setScene(scene);
        stage.show();
    }
}
