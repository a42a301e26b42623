package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Messages;
import java.io.File;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The save-as dialog of an export: a suggested file name and one kind of file; null when the user cancels. */
public final class SaveAs {
    private SaveAs() {
    }

    public static File choose(Node owner, String fileName, String kind, String pattern) {
        return choose(owner.getScene() == null ? null : owner.getScene().getWindow(), fileName, kind, pattern);
    }

    /** The save-as dialog over {@code owner}; null when the user cancels. */
    public static File choose(javafx.stage.Window owner, String fileName, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("finance.export.title"));
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return chooser.showSaveDialog(owner);
    }

    /** Asks where to save, then hands the chosen file to {@code export}; nothing happens when the user cancels. */
    public static void then(Node owner, String fileName, String kind, String pattern,
                            java.util.function.Consumer<java.nio.file.Path> export) {
        File f = choose(owner, fileName, kind, pattern);
        if (f != null) {
            export.accept(f.toPath());
        }
    }

    /** Asks where to save {@code export}'s file, then writes it; nothing happens when the user cancels. */
    public static void then(Node owner, dev.seatledger.ui.shell.ViewExport export) {
        then(owner, export.fileName(), export.kind(), export.pattern(), export.write());
    }
}
