package dev.seatledger;

import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import javafx.scene.control.Tab;
import javafx.stage.Stage;

/** The main window with every tab installed by the composition root over a test database, as the app starts it. */
final class InstalledWindow {
    private InstalledWindow() {
    }

    static MainWindow show(Stage stage, TestDatabase db, TaskExecutor executor) {
        return show(stage, db, executor, 1300, 850);
    }

    /** The window at {@code width} × {@code height}. */
    static MainWindow show(Stage stage, TestDatabase db, TaskExecutor executor, double width, double height) {
        MainWindow shell = new MainWindow();
        TestScenes.show(stage, shell.root(), width, height);
        Features.install(shell, db.services(), executor, db.preferences(), db.folder().toString(), "H2");
        shell.showReady();
        return shell;
    }

    /** Ctrl (Cmd on macOS) and {@code key}, pressed as a user presses them. */
    static void shortcut(org.testfx.api.FxRobot robot, javafx.scene.input.KeyCode key) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, key).release(key, javafx.scene.input.KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** The dialogs showing over {@code main}: confirmations, messages, FXML dialogs. */
    static java.util.List<javafx.scene.control.DialogPane> dialogs(org.testfx.api.FxRobot robot, Stage main) {
        return robot.listWindows().stream().filter(w -> w != main && w.isShowing())
            .map(w -> w.getScene().getRoot()).filter(r -> r instanceof javafx.scene.control.DialogPane)
            .map(r -> (javafx.scene.control.DialogPane) r).toList();
    }

    static Tab tab(MainWindow shell, String text) {
        return shell.tabs().getTabs().stream().filter(t -> t.getText().equals(text)).findFirst().orElseThrow();
    }
}
