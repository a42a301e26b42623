package dev.seatledger.infra.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void commandLineWinsOverEnvironment() {
        Path p = DataFolder.resolve(List.of("--data-dir", "/tmp/a"), Map.of("SEATLEDGER_DATA_DIR", "/tmp/b"),
            "Linux", "/home/u");
        assertThat(p).isEqualTo(Path.of("/tmp/a"));
        assertThat(DataFolder.resolve(List.of("--data-dir=/tmp/c"), Map.of(), "Linux", "/home/u"))
            .isEqualTo(Path.of("/tmp/c"));
    }

    @Test
    void environmentVariableWinsOverOsConvention() {
        assertThat(DataFolder.resolve(List.of(), Map.of("SEATLEDGER_DATA_DIR", "/srv/sl"), "Linux", "/home/u"))
            .isEqualTo(Path.of("/srv/sl"));
    }

    @Test
    void followsEachOperatingSystemsConvention() {
        assertThat(DataFolder.resolve(List.of(), Map.of(), "Linux", "/home/u"))
            .isEqualTo(Path.of("/home/u/.local/share/seatledger"));
        assertThat(DataFolder.resolve(List.of(), Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/u"))
            .isEqualTo(Path.of("/x/seatledger"));
        assertThat(DataFolder.resolve(List.of(), Map.of(), "Mac OS X", "/Users/u"))
            .isEqualTo(Path.of("/Users/u/Library/Application Support/SeatLedger"));
        assertThat(DataFolder.resolve(List.of(), Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"))
            .isEqualTo(Path.of("C:/Users/u/AppData/Roaming/SeatLedger"));
    }

    @Test
    void settingsSurviveARestart(@org.junit.jupiter.api.io.TempDir Path dir) {
        Settings s = new Settings(dir);
        s.put(Settings.OPERATOR, "Dana");
        s.put(Settings.WINDOW_W, "1400.0");
        s.save();

        Settings reread = new Settings(dir);
        assertThat(reread.operatorName()).isEqualTo("Dana");
        assertThat(reread.getDouble(Settings.WINDOW_W)).contains(1400.0);
    }
}
