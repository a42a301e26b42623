package dev.seatledger.ui.shell;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard in one place: the key of each command, and where a command goes (the {@link ViewCommands} of
 * the selected tab's content). The menu bar ({@link ShellMenu}) carries the accelerators that have a menu item;
 * Delete and Escape are handled here, after the focused control had its say (a text field keeps its Delete).
 */
public final class Shortcuts {
    public static final KeyCombination SEARCH = shortcut(KeyCode.F);
    public static final KeyCombination ADD = shortcut(KeyCode.N);
    public static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    public static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.ESCAPE);
    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.ENTER);
    /** In a list's search box: to the first result (ListScreen). */
    public static final KeyCombination TO_RESULTS = new KeyCodeCombination(KeyCode.DOWN);
    public static final KeyCombination QUIT = shortcut(KeyCode.Q);
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final Map<Node, ViewCommands> commands = new IdentityHashMap<>();
    private final Supplier<Node> selectedContent;

    Shortcuts(Supplier<Node> selectedContent) {
        this.selectedContent = selectedContent;
    }

    /** How the shortcuts sheet and tooltips write a key: "Ctrl+F" (⌘F on macOS), "Enter", "Delete". */
    public static String text(KeyCombination keys) {
        return keys instanceof KeyCodeCombination k && k.getControl() == KeyCombination.ModifierValue.UP
            && k.getShortcut() == KeyCombination.ModifierValue.UP ? k.getCode().getName() : keys.getDisplayText();
    }

    /** Gives {@code control} a tooltip naming its shortcut: "Reclaim… (Delete)". */
    public static void tooltip(javafx.scene.control.Labeled control, KeyCombination keys) {
        String name = control.getText() == null ? "" : control.getText().replace("_", "");
        control.setTooltip(new javafx.scene.control.Tooltip(
            dev.seatledger.core.common.Messages.get("shortcuts.tooltip", name, text(keys))));
    }

    /** A key that does what a button does: presses it unless it is disabled; whether it did. */
    public static boolean press(javafx.scene.control.ButtonBase button) {
        if (button.isDisabled()) {
            return false;
        }
        button.fire();
        return true;
    }

    /** Ctrl/Cmd plus the tab's place (1 for the first tab). */
    public static KeyCombination view(int index) {
        return shortcut(DIGITS[index]);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    void register(Node tabContent, ViewCommands viewCommands) {
        commands.put(tabContent, viewCommands);
    }

    /** The commands of the view on screen; none when its feature registered none. */
    ViewCommands current() {
        return commands.getOrDefault(selectedContent.get(), new ViewCommands() { });
    }

    /** Delete and Escape reach the view on screen unless the focused control used them. */
    void install(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isConsumed()) {
                return;
            }
            if (DELETE.match(e) && !typing(scene) && current().delete()
                || BACK.match(e) && current().back()) {
                e.consume();
            }
        });
    }

    private static boolean typing(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl;
    }
}
