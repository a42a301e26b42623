package dev.seatledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @Test
    void aCommandRunsTheCommandLineAndOptionsAloneOpenTheWindow() {
        assertThat(Launcher.isCommand(List.of("catalog"))).isTrue();
        assertThat(Launcher.isCommand(List.of("--data-dir", "/tmp/sl", "sample-data"))).isTrue();
        assertThat(Launcher.isCommand(List.of("--version"))).isTrue();
        assertThat(Launcher.isCommand(List.of())).isFalse();
        assertThat(Launcher.isCommand(List.of("--data-dir", "/tmp/sl"))).isFalse();
        assertThat(Launcher.isCommand(List.of("--data-dir=/tmp/sl", "--jdbc-url", "jdbc:h2:mem:x"))).isFalse();
    }

    @Test
    void theJarsEntryPointRunsACommandWithoutADisplay(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
            "--data-dir", dir.resolve("data").toString(), "sample-data").redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("ended by itself; output:%n%s", out).isTrue();
        assertThat(out).contains("Sample data loaded").doesNotContain("DISPLAY");
        assertThat(p.exitValue()).isZero();
    }
}
