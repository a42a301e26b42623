package dev.seatledger.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The floor for cold start: a JavaFX window with one label, printing the same marker as the app. */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The application class, launched from a plain main so the classpath launch works. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("SeatLedger")), 1280, 800));
            stage.setTitle("Bare window");
            stage.show();
            System.err.println("Window shown");
        }
    }
}
