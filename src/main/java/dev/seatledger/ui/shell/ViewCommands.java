package dev.seatledger.ui.shell;

/**
 * What the window's keyboard shortcuts and menu ask of the view on screen ({@link Shortcuts}): each feature view
 * implements the commands it has and registers them with {@link MainWindow#setCommands}. A command returns whether
 * it did something, so a key the view does not use keeps its ordinary meaning.
 */
public interface ViewCommands {
    /** Ctrl/Cmd+F: puts the focus in the view's search box. */
    default boolean search() {
        return false;
    }

    /** Ctrl/Cmd+N: the view's "add" (new license, product, person). */
    default boolean add() {
        return false;
    }

    /** F5: reads the view's data again. */
    default boolean refresh() {
        return false;
    }

    /** Delete in a list: archives or revokes the selected row, after the confirmation. */
    default boolean delete() {
        return false;
    }

    /** File ▸ Export…: what the view's own export button writes (the CSV of what it shows); none when it has none. */
    default java.util.Optional<ViewExport> export() {
        return java.util.Optional.empty();
    }

    /** Escape: goes back from a page to its list. */
    default boolean back() {
        return false;
    }
}
