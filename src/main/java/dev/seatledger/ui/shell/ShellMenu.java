package dev.seatledger.ui.shell;

import dev.seatledger.core.common.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar (the system menu bar on macOS): File, View and Help. The items carry the window's accelerators
 * ({@link Shortcuts}); an item whose action nobody handed in ({@link #set}) stays disabled.
 */
final class ShellMenu {
    private final Map<MenuCommand, MenuItem> external = new EnumMap<>(MenuCommand.class);
    private final MenuBar bar = new MenuBar();
    private final ToggleGroup themes = new ToggleGroup();
    private Consumer<Theme> onTheme = t -> { };

    ShellMenu(MainWindow shell, Shortcuts shortcuts) {
        bar.setUseSystemMenuBar(true);
        bar.setId("menuBar");
        bar.getMenus().addAll(file(shell, shortcuts), view(shell, shortcuts), help(shell));
    }

    MenuBar bar() {
        return bar;
    }

    void set(MenuCommand command, Runnable action) {
        MenuItem item = external.get(command);
        item.setOnAction(e -> action.run());
        item.setDisable(false);
    }

    void onTheme(Theme current, Consumer<Theme> chosen) {
        themes.getToggles().stream().filter(t -> t.getUserData() == current).findFirst()
            .ifPresent(t -> t.setSelected(true));
        onTheme = chosen;
    }

    private Menu file(MainWindow shell, Shortcuts shortcuts) {
        MenuItem add = item("menu.file.new", Shortcuts.ADD, () -> shortcuts.current().add());
        MenuItem quit = item("menu.file.quit", Shortcuts.QUIT, () -> shell.window().hide());
        return menu("menu.file", add, new SeparatorMenuItem(),
            external(MenuCommand.IMPORT_FILE, "menu.file.import"),
            external(MenuCommand.IMPORT_TELEMETRY, "menu.file.importDevices"),
            external(MenuCommand.IMPORT_USAGE, "menu.file.importUsage"),
            external(MenuCommand.EXPORT, "menu.file.export"), new SeparatorMenuItem(),
            external(MenuCommand.BACKUP, "menu.file.backup"), external(MenuCommand.RESTORE, "menu.file.restore"),
            external(MenuCommand.DATA_FOLDER, "menu.file.dataFolder"), new SeparatorMenuItem(), quit);
    }

    private Menu view(MainWindow shell, Shortcuts shortcuts) {
        Menu view = menu("menu.view");
        ShellTab[] tabs = ShellTab.values();
        for (int i = 0; i < tabs.length; i++) {
            ShellTab tab = tabs[i];
            MenuItem item = item(tab.key(), Shortcuts.view(i),
                () -> shell.select(tab));
            item.setId("menuView" + (i + 1));
            view.getItems().add(item);
        }
        Menu theme = menu("menu.view.theme");
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(Messages.get("settings.theme." + t.name()));
            r.setUserData(t);
            r.setToggleGroup(themes);
            r.setOnAction(e -> {
                t.apply();
                onTheme.accept(t);
            });
            theme.getItems().add(r);
        }
        view.getItems().addAll(new SeparatorMenuItem(),
            item("menu.view.search", Shortcuts.SEARCH, () -> shortcuts.current().search()),
            item("menu.view.refresh", Shortcuts.REFRESH, () -> {
                if (!shortcuts.current().refresh()) {
                    shell.reloadSelected();
                }
            }), new SeparatorMenuItem(), theme);
        return view;
    }

    private Menu help(MainWindow shell) {
        MenuItem keys = item("menu.help.shortcuts", null, () -> ShortcutsSheet.show(shell.window()));
        keys.setId("menuShortcuts");
        MenuItem about = item("menu.help.about", null, () -> AboutDialog.show(shell.window(), shell.about()));
        about.setId("menuAbout");
        return menu("menu.help", keys, external(MenuCommand.USER_GUIDE, "menu.help.guide"),
            external(MenuCommand.LOG_FOLDER, "menu.help.logFolder"), new SeparatorMenuItem(), about);
    }

    private MenuItem external(MenuCommand command, String key) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setDisable(true);
        item.setId("menu-" + command.name());
        external.put(command, item);
        return item;
    }

    private static MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Menu menu(String key, MenuItem... items) {
        Menu m = new Menu(Messages.get(key), null, items);
        m.setId(key.replace('.', '-'));
        return m;
    }
}
