package dev.seatledger.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ User guide: enabled, it writes the guide as an HTML page into the data folder and opens that page. */
@ExtendWith(ApplicationExtension.class)
class UserGuideTest {
    /** What the guide must cover, as the headings of docs/user-guide.md. */
    private static final List<String> SECTIONS = List.of("Getting started with the sample data",
        "Importing licenses, people, telemetry and usage", "Assigning and revoking seats", "Renewals and compliance",
        "File formats", "Unknown applications", "Backup and restore", "Keyboard shortcuts", "Command line");
    @TempDir
    Path dataFolder;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private FxTaskExecutor executor;
    private MainWindow shell;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        shell = new MainWindow();
        TestScenes.show(stage, shell.root(), 900, 600);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private MenuItem guideItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().get(2).getItems().stream().filter(i -> "menu-USER_GUIDE".equals(i.getId()))
            .findFirst().orElseThrow();
    }

    @Test
    void helpUserGuideWritesTheGuideIntoTheDataFolderAndOpensIt(FxRobot robot) throws Exception {
        assertThat(guideItem(robot).isDisable()).as("before the feature is installed").isTrue();
        robot.interact(() -> new UserGuideFeature(new UserGuide(), dataFolder, executor, opened::add).install(shell));
        MenuItem item = guideItem(robot);
        assertThat(item.isDisable()).isFalse();
        assertThat(item.getText()).isEqualTo("_User guide");

        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        Path page = dataFolder.resolve("user-guide.html");
        assertThat(opened).containsExactly(page.toUri().toString());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
            .contains("<h1 id=\"seatledger-user-guide\">SeatLedger user guide</h1>");
        for (String section : SECTIONS) {
            assertThat(html).as(section).containsPattern("<h2 id=\"[a-z-]+\">" + section + "</h2>");
        }
        assertThat(html).as("a link to a section of the guide, and the section it names")
            .contains("<a href=\"#file-formats\">File formats</a>").contains("<h2 id=\"file-formats\">");
        assertThat(html).as("the file examples as code, the import they belong to not shown")
            .contains("<pre><code class=\"language-csv\">Product,").doesNotContain("csv people");
        assertThat(html).as("the command line's examples as code").contains("<pre><code class=\"language-bash\">")
            .contains("seatledger export licenses --out licenses.csv");
        assertThat(html).doesNotContain("## ");
    }

    @Test
    void openingTheGuideAgainReplacesThePageWhole(FxRobot robot) throws Exception {
        Files.writeString(dataFolder.resolve("user-guide.html"), "stale");
        robot.interact(() -> new UserGuideFeature(new UserGuide(), dataFolder, executor, opened::add).install(shell));
        robot.interact(guideItem(robot)::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(Files.readString(dataFolder.resolve("user-guide.html"))).contains("Command line</h2>");
        try (var files = Files.list(dataFolder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("user-guide.html");
        }
    }
}
