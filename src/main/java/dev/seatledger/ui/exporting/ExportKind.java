package dev.seatledger.ui.exporting;

import dev.seatledger.core.common.Messages;
import java.util.Locale;

/** The exports File ▸ Export… offers where the view on screen has none: the tables `seatledger export` writes. */
public enum ExportKind {
    LICENSES, PEOPLE, ASSIGNMENTS;

    /** How the chooser names it ("Licenses (CSV)"). */
    public String label() {
        return Messages.get("export.kind." + name());
    }

    /** The file name the save-as dialog suggests, as the command line's word: licenses.csv, assignments.csv. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".csv";
    }
}
