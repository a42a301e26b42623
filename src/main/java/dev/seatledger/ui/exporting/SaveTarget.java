package dev.seatledger.ui.exporting;

import dev.seatledger.ui.finance.SaveAs;
import dev.seatledger.ui.shell.ViewExport;
import java.io.File;
import java.nio.file.Path;
import javafx.stage.Window;

/** Where an export from File ▸ Export… goes: the save-as dialog in the app, a fixed file in tests. */
@FunctionalInterface
public interface SaveTarget {
    /** The save-as dialog, suggesting the export's file name and kind. */
    SaveTarget DIALOG = (owner, export) -> {
        File f = SaveAs.choose(owner, export.fileName(), export.kind(), export.pattern());
        return f == null ? null : f.toPath();
    };

    /** The file to write {@code export} to; null when the user cancelled. */
    Path ask(Window owner, ViewExport export);
}
