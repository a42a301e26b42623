package dev.seatledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.ai.AiSettings;
import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.settings.Settings;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiSettingsViewModelTest {
    @TempDir Path dir;

    private static ChatClient answering(String answer) {
        return new ChatClient() {
            @Override public boolean configured() { return true; }
            @Override public String completeJson(String system, String user) { return answer; }
        };
    }

    @Test
    void settingsAreValidatedAndTheKeyIsStoredEncrypted() throws Exception {
        AesGcmCipher cipher = AesGcmCipher.forDataFolder(dir);
        AiSettingsViewModel vm = new AiSettingsViewModel(new Settings(dir), cipher, s -> ChatClient.NONE,
            new CurrentThreadTaskExecutor());
        assertThat(vm.urlProperty().get()).isEmpty();

        vm.urlProperty().set("localhost:11434");
        vm.modelProperty().set("llama3.1");
        vm.save();
        assertThat(vm.statusProperty().get()).isEqualTo("Endpoint URL must start with http:// or https://");
        assertThat(vm.statusOkProperty().get()).isFalse();

        vm.urlProperty().set("http://localhost:11434/v1");
        vm.modelProperty().set("");
        vm.save();
        assertThat(vm.statusProperty().get()).isEqualTo("Enter the model name for this endpoint.");

        vm.modelProperty().set("llama3.1");
        vm.apiKeyProperty().set("sk-very-secret");
        vm.save();
        assertThat(vm.statusProperty().get()).isEqualTo("AI assistant settings saved.");
        assertThat(Files.readString(dir.resolve("settings.properties"))).doesNotContain("sk-very-secret");
        AiSettings stored = AiSettings.read(new Settings(dir), cipher);
        assertThat(stored).isEqualTo(new AiSettings("http://localhost:11434/v1", "llama3.1", "sk-very-secret"));
        assertThat(stored.toString()).doesNotContain("sk-very-secret");

        AiSettingsViewModel reopened = new AiSettingsViewModel(new Settings(dir), cipher, s -> ChatClient.NONE,
            new CurrentThreadTaskExecutor());
        assertThat(reopened.apiKeyProperty().get()).isEqualTo("sk-very-secret");
        reopened.urlProperty().set("");
        reopened.modelProperty().set("");
        reopened.save();
        assertThat(reopened.statusProperty().get()).startsWith("AI assistant turned off");
        assertThat(AiSettings.read(new Settings(dir), cipher).configured()).isFalse();
    }

    @Test
    void testConnectionUsesTheTypedSettingsAndReportsTheOutcome() {
        List<AiSettings> tried = new ArrayList<>();
        ChatClient[] next = {answering("{\"ok\": true}")};
        Function<AiSettings, ChatClient> clients = s -> {
            tried.add(s);
            return next[0];
        };
        AiSettingsViewModel vm = new AiSettingsViewModel(new Settings(dir), AesGcmCipher.forDataFolder(dir), clients,
            new CurrentThreadTaskExecutor());
        vm.urlProperty().set("http://127.0.0.1:1234/v1");
        vm.modelProperty().set("qwen2.5");
        vm.test();
        assertThat(tried).extracting(AiSettings::model).containsExactly("qwen2.5");
        assertThat(vm.statusProperty().get()).isEqualTo("Connected: qwen2.5 answered with JSON.");
        assertThat(vm.statusOkProperty().get()).isTrue();
        assertThat(new Settings(dir).get(AiSettings.URL)).as("testing does not save").isEmpty();

        next[0] = answering("hello there");
        vm.test();
        assertThat(vm.statusProperty().get()).isEqualTo("Connection failed: the model answered, but not with JSON");

        next[0] = new ChatClient() {
            @Override public boolean configured() { return true; }
            @Override public String completeJson(String s, String u) throws AiUnavailableException {
                throw new AiUnavailableException("The AI endpoint did not answer within 20 s");
            }
        };
        vm.test();
        assertThat(vm.statusProperty().get()).isEqualTo("Connection failed: The AI endpoint did not answer within 20 s");
        assertThat(vm.statusOkProperty().get()).isFalse();
    }
}
