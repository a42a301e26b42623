package dev.seatledger.ui.settings;

import dev.seatledger.core.ai.AiSettings;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.common.SecretCipher;
import dev.seatledger.ui.common.TaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.ViewCommands;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ScrollPane;

/** The Settings tab, built when first opened: operator, theme, dormancy, data folder, and the AI assistant. */
public class SettingsFeature {
    private final Preferences prefs;
    private final TaskExecutor executor;
    private final String dataFolder;
    private final String database;
    private final Supplier<SecretCipher> keyCipher;
    private final Function<AiSettings, ChatClient> aiClients;

    /**
     * @param keyCipher encrypts the AI endpoint's key with this workstation's key file; asked when the tab is built
     * @param aiClients the client that tests a connection to the endpoint as typed
     */
    public SettingsFeature(Preferences prefs, TaskExecutor executor, String dataFolder, String database,
                           Supplier<SecretCipher> keyCipher, Function<AiSettings, ChatClient> aiClients) {
        this.prefs = prefs;
        this.executor = executor;
        this.dataFolder = dataFolder;
        this.database = database;
        this.keyCipher = keyCipher;
        this.aiClients = aiClients;
    }

    public void install(MainWindow shell) {
        shell.setSettings(() -> {
            SettingsViewModel vm = new SettingsViewModel(prefs, executor, dataFolder, database);
            SettingsView view = new SettingsView(vm);
            view.addSection(new AiSettingsSection(new AiSettingsViewModel(prefs, keyCipher.get(), aiClients, executor))
                .root());
            ScrollPane scroll = new ScrollPane(view.root());
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("edge-to-edge");
            shell.setCommands(scroll, new ViewCommands() {
                @Override
                public boolean refresh() {
                    vm.reload();
                    return true;
                }
            });
            return scroll;
        });
    }
}
