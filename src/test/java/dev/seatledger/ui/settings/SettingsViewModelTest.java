package dev.seatledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.common.Preferences;
import dev.seatledger.infra.settings.Settings;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @Test
    void dormancyWindowIsValidatedAndSaved(@TempDir Path dir) {
        Settings prefs = new Settings(dir);
        SettingsViewModel vm = new SettingsViewModel(prefs, new CurrentThreadTaskExecutor(), dir.toString(), "db");
        assertThat(vm.dormancyDaysProperty().get()).isEqualTo("90");

        vm.dormancyDaysProperty().set("three");
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("Dormancy window must be a whole number of days between 7 and 730");
        assertThat(new Settings(dir).getInt(Preferences.DORMANCY_DAYS, 90)).isEqualTo(90);

        vm.dormancyDaysProperty().set("60");
        vm.operatorProperty().set("Dana");
        vm.save();
        assertThat(vm.noticeProperty().get()).isEqualTo("Settings saved");
        Settings reread = new Settings(dir);
        assertThat(reread.getInt(Preferences.DORMANCY_DAYS, 90)).isEqualTo(60);
        assertThat(reread.operatorName()).isEqualTo("Dana");
    }
}
