package dev.seatledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.ai.AiSettings;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.settings.Settings;
import dev.seatledger.testing.Snapshots;
import dev.seatledger.testing.TempFolders;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AiSettingsSectionTest {
    private Path dir;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("ai-settings");
        executor = new FxTaskExecutor();
        Settings prefs = new Settings(dir);
        SettingsView view = new SettingsView(new SettingsViewModel(prefs, executor, dir.toString(), "H2 (embedded)"));
        view.addSection(new AiSettingsSection(new AiSettingsViewModel(prefs, AesGcmCipher.forDataFolder(dir),
            s -> new ChatClient() {
                @Override public boolean configured() { return true; }
                @Override public String completeJson(String system, String user) { return "{\"ok\": true}"; }
            }, executor)).root());
        TestScenes.show(stage, view.root(), 1100, 800);
    }

    @AfterEach
    void close() {
        executor.close();
        TempFolders.delete(dir);
    }

    @Test
    void savesTheEndpointWithTheKeyEncryptedAndTestsTheConnection(FxRobot robot) throws Exception {
        robot.clickOn("#aiUrlField").write("http://localhost:11434/v1");
        robot.clickOn("#aiModelField").write("llama3.1");
        robot.clickOn("#aiKeyField").write("sk-local");
        robot.clickOn("#aiTestButton");
        Label status = robot.lookup("#aiStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> status.getText().equals("Connected: llama3.1 answered with JSON."));
        robot.clickOn("#aiSaveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().equals("AI assistant settings saved."));
        robot.interact(() -> Snapshots.save(status.getScene(), "settings-ai"));

        assertThat(Files.readString(dir.resolve("settings.properties"))).doesNotContain("sk-local");
        assertThat(AiSettings.read(new Settings(dir), AesGcmCipher.forDataFolder(dir)))
            .isEqualTo(new AiSettings("http://localhost:11434/v1", "llama3.1", "sk-local"));
    }
}
