package dev.seatledger.ui.shell;

import dev.seatledger.core.common.Messages;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help ▸ About: the versions of the app, Java and JavaFX, the data folder and the database. */
final class AboutDialog {
    private AboutDialog() {
    }

    /** What the About box shows besides the versions. */
    record Facts(String dataFolder, String database) {
    }

    static void show(Window owner, Facts facts) {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(Messages.get("about.title"));
        a.setHeaderText(Messages.get("about.header", version == null ? Messages.get("about.devBuild") : version));
        a.setContentText(Messages.get("about.body", System.getProperty("java.version"),
            System.getProperty("javafx.version"), facts.dataFolder(), facts.database()));
        a.getDialogPane().setId("aboutDialog");
        a.show();
    }
}
