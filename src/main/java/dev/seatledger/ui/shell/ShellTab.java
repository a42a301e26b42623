package dev.seatledger.ui.shell;

import java.util.Locale;

/** The main window's tabs, in their order. */
public enum ShellTab {
    CATALOG, LICENSES, UTILIZATION, PEOPLE, RENEWALS, COMPLIANCE, SETTINGS;

    /** The bundle key of the tab's name. */
    public String key() {
        return "nav." + name().toLowerCase(Locale.ROOT);
    }
}
