package dev.seatledger;

import dev.seatledger.core.common.Preferences;
import dev.seatledger.infra.logging.LogConfigurator;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.help.UserGuide;
import dev.seatledger.ui.help.UserGuideFeature;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.MenuCommand;
import dev.seatledger.ui.shell.Theme;
import java.nio.file.Path;
import javafx.application.HostServices;

/**
 * The menu items whose work is the desktop's: the data and log folders, the user guide opened in the browser, the theme
 * kept in the preferences.
 */
final class WindowMenus {
    private WindowMenus() {
    }

    static void install(MainWindow shell, Preferences prefs, Path dataFolder, HostServices host, TaskExecutor executor) {
        shell.setMenuAction(MenuCommand.DATA_FOLDER, () -> host.showDocument(dataFolder.toUri().toString()));
        new UserGuideFeature(new UserGuide(), dataFolder, executor, host::showDocument).install(shell);
        String logs = System.getProperty(LogConfigurator.LOG_DIR_PROPERTY);
        if (logs != null) {
            shell.setMenuAction(MenuCommand.LOG_FOLDER, () -> host.showDocument(Path.of(logs).toUri().toString()));
        }
        shell.onThemeChosen(Theme.parse(prefs.get(Preferences.THEME, "LIGHT")), theme -> {
            prefs.put(Preferences.THEME, theme.name());
            prefs.save();
        });
    }
}
