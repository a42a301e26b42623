package dev.seatledger.ui.shell;

/** The main window's tabs, in their order. */
public enum ShellTab {
    CATALOG, LICENSES, UTILIZATION, PEOPLE, RENEWALS, COMPLIANCE, SETTINGS
}
