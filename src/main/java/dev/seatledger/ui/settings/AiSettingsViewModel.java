package dev.seatledger.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seatledger.core.ai.AiSettings;
import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.common.SecretCipher;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "AI assistant" settings: endpoint URL, model and key (stored encrypted), with a connection test. */
public class AiSettingsViewModel {
    private final Preferences prefs;
    private final SecretCipher cipher;
    private final Function<AiSettings, ChatClient> clients;
    private final TaskExecutor executor;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty model = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusOk = new SimpleBooleanProperty(false);
    private final BooleanProperty testing = new SimpleBooleanProperty(false);

    public AiSettingsViewModel(Preferences prefs, SecretCipher cipher, Function<AiSettings, ChatClient> clients,
                               TaskExecutor executor) {
        this.prefs = prefs;
        this.cipher = cipher;
        this.clients = clients;
        this.executor = executor;
        AiSettings current = AiSettings.read(prefs, cipher);
        url.set(current.url());
        model.set(current.model());
        apiKey.set(current.apiKey());
    }

    /** The typed settings, or null after showing what is wrong. */
    AiSettings typed() {
        AiSettings s = new AiSettings(url.get(), model.get(), apiKey.get());
        if (!s.url().isEmpty() && !s.url().matches("(?i)https?://\\S+")) {
            fail(Messages.get("settings.ai.url.invalid"));
            return null;
        }
        if (s.url().isEmpty() != s.model().isEmpty()) {
            fail(Messages.get(s.url().isEmpty() ? "settings.ai.url.required" : "settings.ai.model.required"));
            return null;
        }
        return s;
    }

    public void save() {
        AiSettings s = typed();
        if (s == null) {
            return;
        }
        s.write(prefs, cipher);
        executor.run(prefs::save, () -> ok(Messages.get(s.configured() ? "settings.ai.saved" : "settings.ai.off")),
            t -> fail(ErrorText.of(t)));
    }

    /** Sends a tiny JSON request to the typed endpoint, off the FX thread. */
    public void test() {
        AiSettings s = typed();
        if (s == null) {
            return;
        }
        if (!s.configured()) {
            fail(Messages.get("settings.ai.url.required"));
            return;
        }
        testing.set(true);
        status.set(Messages.get("settings.ai.testing"));
        statusOk.set(true);
        executor.execute(() -> {
            String answer = clients.apply(s).completeJson(
                "You check connectivity. Answer with the JSON object {\"ok\": true} and nothing else.", "ping");
            try {
                new ObjectMapper().readTree(answer);
            } catch (java.io.IOException e) {
                throw new AiUnavailableException(Messages.get("settings.ai.notJson"), e);
            }
            return s.model();
        }, m -> {
            testing.set(false);
            ok(Messages.get("settings.ai.connected", m));
        }, t -> {
            testing.set(false);
            fail(t instanceof AiUnavailableException ? Messages.get("settings.ai.failed", t.getMessage())
                : ErrorText.of(t));
        });
    }

    private void ok(String text) {
        statusOk.set(true);
        status.set(text);
    }

    private void fail(String text) {
        statusOk.set(false);
        status.set(text);
    }

    public StringProperty urlProperty() { return url; }
    public StringProperty modelProperty() { return model; }
    public StringProperty apiKeyProperty() { return apiKey; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty statusOkProperty() { return statusOk; }
    public BooleanProperty testingProperty() { return testing; }
}
