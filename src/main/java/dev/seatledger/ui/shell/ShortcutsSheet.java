package dev.seatledger.ui.shell;

import dev.seatledger.core.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts: every key of the window and what it does. */
final class ShortcutsSheet {
    private ShortcutsSheet() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        int row = 0;
        ShellTab[] tabs = ShellTab.values();
        for (int i = 0; i < tabs.length; i++) {
            add(grid, row++, Shortcuts.text(Shortcuts.view(i)),
                Messages.get("shortcuts.view", Messages.get(tabs[i].key())));
        }
        add(grid, row++, Shortcuts.text(Shortcuts.SEARCH), Messages.get("shortcuts.search"));
        add(grid, row++, Shortcuts.text(Shortcuts.TO_RESULTS), Messages.get("shortcuts.toResults"));
        add(grid, row++, Shortcuts.text(Shortcuts.ADD), Messages.get("shortcuts.add"));
        add(grid, row++, Shortcuts.text(Shortcuts.OPEN), Messages.get("shortcuts.open"));
        add(grid, row++, Shortcuts.text(Shortcuts.DELETE), Messages.get("shortcuts.delete"));
        add(grid, row++, Shortcuts.text(Shortcuts.BACK), Messages.get("shortcuts.back"));
        add(grid, row++, Shortcuts.text(Shortcuts.REFRESH), Messages.get("shortcuts.refresh"));
        add(grid, row, Shortcuts.text(Shortcuts.QUIT), Messages.get("shortcuts.quit"));
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("shortcuts.title"));
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setId("shortcutsSheet");
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }

    private static void add(GridPane grid, int row, String keys, String what) {
        Label k = new Label(keys);
        k.getStyleClass().add("shortcut-keys");
        Label w = new Label(what);
        w.setLabelFor(k);
        grid.addRow(row, k, w);
    }
}
