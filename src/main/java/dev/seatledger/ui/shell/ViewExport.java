package dev.seatledger.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * An export a view offers: the file name suggested in the save-as dialog, the kind of file and its pattern
 * ("CSV", "*.csv"), and the work that writes the chosen file (off the FX thread, through the view model). The view's
 * own export button and File ▸ Export… both use it, so both write the same file.
 */
public record ViewExport(String fileName, String kind, String pattern, Consumer<Path> write) {
    public static ViewExport csv(String fileName, Consumer<Path> write) {
        return new ViewExport(fileName, "CSV", "*.csv", write);
    }
}
