package dev.seatledger.ui.shell;

/** Menu items whose work lies outside the shell: the composition root or a feature hands each its action. */
public enum MenuCommand {
    IMPORT_FILE, IMPORT_TELEMETRY, IMPORT_USAGE, EXPORT, BACKUP, RESTORE, DATA_FOLDER, USER_GUIDE, LOG_FOLDER
}
