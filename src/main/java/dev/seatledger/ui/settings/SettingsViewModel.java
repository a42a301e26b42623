package dev.seatledger.ui.settings;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Preferences;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.Theme;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Operator name and theme; saved to the preferences file off the FX thread. */
public class SettingsViewModel {
    private final Preferences prefs;
    private final TaskExecutor executor;
    private final StringProperty operator = new SimpleStringProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>();
    private final StringProperty dormancyDays = new SimpleStringProperty();
    private final StringProperty dataFolder = new SimpleStringProperty();
    private final StringProperty database = new SimpleStringProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public SettingsViewModel(Preferences prefs, TaskExecutor executor, String dataFolder, String database) {
        this.prefs = prefs;
        this.executor = executor;
        reload();
        this.dataFolder.set(dataFolder);
        this.database.set(database);
        theme.addListener((o, a, t) -> {
            if (t != null) {
                t.apply();
            }
        });
    }

    /** Shows the stored settings again (F5), dropping edits not saved. */
    public void reload() {
        operator.set(prefs.operatorName());
        theme.set(Theme.parse(prefs.get(Preferences.THEME, "LIGHT")));
        language.set(LanguageChoice.parse(prefs.get(LanguageChoice.KEY, "SYSTEM")));
        dormancyDays.set(String.valueOf(prefs.getInt(Preferences.DORMANCY_DAYS, 90)));
        notice.set("");
        error.set("");
    }

    public void save() {
        String name = operator.get() == null ? "" : operator.get().strip();
        if (name.isEmpty()) {
            error.set(Messages.get("validation.required", Messages.get("settings.operator")));
            return;
        }
        prefs.put(Preferences.OPERATOR, name);
        int days;
        try {
            days = Integer.parseInt(dormancyDays.get() == null ? "" : dormancyDays.get().strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 7 || days > 730) {
            error.set(Messages.get("settings.dormancy.invalid"));
            return;
        }
        prefs.put(Preferences.DORMANCY_DAYS, String.valueOf(days));
        prefs.put(Preferences.THEME, theme.get().name());
        boolean languageChanged = !language.get().name().equals(prefs.get(LanguageChoice.KEY, "SYSTEM"));
        prefs.put(LanguageChoice.KEY, language.get().name());
        executor.run(prefs::save, () -> notice.set(Messages.get(languageChanged ? "settings.savedLanguage"
            : "settings.saved")), t -> error.set(ErrorText.of(t)));
    }

    public StringProperty operatorProperty() { return operator; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public ObjectProperty<LanguageChoice> languageProperty() { return language; }
    public StringProperty dormancyDaysProperty() { return dormancyDays; }
    public StringProperty dataFolderProperty() { return dataFolder; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }
}
