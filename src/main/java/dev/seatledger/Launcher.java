package dev.seatledger;

import dev.seatledger.infra.settings.DataFolder;
import dev.seatledger.infra.settings.OwnerOnly;
import java.util.Arrays;
import javafx.application.Application;

/** Entry point of the jar and the installers; does not extend Application so the classpath launch works. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        java.nio.file.Path folder = DataFolder.fromEnvironment(Arrays.asList(args));
        try {
            DataFolder.secure(folder);
            OwnerOnly.folder(folder.resolve("logs"));
        } catch (java.io.UncheckedIOException e) {
            System.err.println(e.getMessage());
        }
        System.setProperty("seatledger.logdir", folder.resolve("logs").toString());
        Application.launch(App.class, args);
    }
}
