package dev.seatledger.ui.shell;

import dev.seatledger.core.common.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the main window's size and position between runs, ignoring positions now off-screen. */
public final class WindowState {
    public static final double DEFAULT_W = 1280;
    public static final double DEFAULT_H = 800;

    private WindowState() {
    }

    public static void restore(Stage stage, Preferences prefs) {
        double w = prefs.getDouble(Preferences.WINDOW_W).orElse(DEFAULT_W);
        double h = prefs.getDouble(Preferences.WINDOW_H).orElse(DEFAULT_H);
        stage.setWidth(Math.max(800, w));
        stage.setHeight(Math.max(560, h));
        var x = prefs.getDouble(Preferences.WINDOW_X);
        var y = prefs.getDouble(Preferences.WINDOW_Y);
        if (x.isPresent() && y.isPresent() && visibleOnSomeScreen(x.get(), y.get(), w)) {
            stage.setX(x.get());
            stage.setY(y.get());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(prefs.get(Preferences.WINDOW_MAX, "false")));
    }

    public static void save(Stage stage, Preferences prefs) {
        prefs.put(Preferences.WINDOW_MAX, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.put(Preferences.WINDOW_X, Double.toString(stage.getX()));
            prefs.put(Preferences.WINDOW_Y, Double.toString(stage.getY()));
            prefs.put(Preferences.WINDOW_W, Double.toString(stage.getWidth()));
            prefs.put(Preferences.WINDOW_H, Double.toString(stage.getHeight()));
        }
        prefs.save();
    }

    static boolean visibleOnSomeScreen(double x, double y, double w) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x + 40, y + 10, Math.max(1, w - 80), 40)).isEmpty();
    }
}
