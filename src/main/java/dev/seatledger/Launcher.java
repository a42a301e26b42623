package dev.seatledger;

import dev.seatledger.infra.settings.DataFolder;
import java.util.Arrays;
import javafx.application.Application;

/** Entry point of the jar and the installers; does not extend Application so the classpath launch works. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("seatledger.logdir",
            DataFolder.fromEnvironment(Arrays.asList(args)).resolve("logs").toString());
        Application.launch(App.class, args);
    }
}
