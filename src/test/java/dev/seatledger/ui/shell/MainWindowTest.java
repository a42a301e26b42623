package dev.seatledger.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.TestScenes;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The shell as the app shows it first: the header and "Opening database…" while the database opens, the tabs
 * put under the overlay after the first frame, and usable once the database is ready.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow shell;

    @Start
    void start(Stage stage) {
        shell = new MainWindow();
        TestScenes.show(stage, shell.root(), 1000, 700);
    }

    @Test
    void theFirstFrameShowsTheHeaderAndTheOpeningMessageWithoutTheTabs(FxRobot robot) {
        assertThat(visibleTexts(robot)).contains("SeatLedger", "Opening database…");
        assertThat(robot.lookup(".main-tabs").tryQuery()).isEmpty();
    }

    @Test
    void tabsGoUnderTheOverlayOnceAndStayDisabledUntilTheDatabaseIsReady(FxRobot robot) {
        robot.interact(shell::attachTabs);
        robot.interact(shell::attachTabs);
        assertThat(robot.lookup(".main-tabs").queryAll()).hasSize(1);
        TabPane tabs = robot.lookup(".main-tabs").queryAs(TabPane.class);
        assertThat(tabs.isDisabled()).isTrue();
        assertThat(visibleTexts(robot)).contains("Opening database…");
    }

    @Test
    void readyShowsEnabledTabsEvenWhenTheyWereNotAttachedYet(FxRobot robot) {
        robot.interact(shell::showReady);
        TabPane tabs = robot.lookup(".main-tabs").queryAs(TabPane.class);
        assertThat(tabs.isDisabled()).isFalse();
        assertThat(tabs.getTabs()).extracting(t -> t.getText())
            .containsExactly("Catalog", "Licenses", "Utilization", "People", "Renewals", "Compliance", "Settings");
        assertThat(visibleTexts(robot)).doesNotContain("Opening database…");
    }

    @Test
    void anErrorHidesTheOpeningMessageAndKeepsTheTabsDisabled(FxRobot robot) {
        robot.interact(() -> {
            shell.attachTabs();
            shell.showError("The database file is locked by another SeatLedger.", "Close the other window.");
        });
        assertThat(visibleTexts(robot)).contains("SeatLedger could not open its database",
            "The database file is locked by another SeatLedger.").doesNotContain("Opening database…");
        assertThat(robot.lookup(".main-tabs").queryAs(TabPane.class).isDisabled()).isTrue();
    }

    private static List<String> visibleTexts(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Labeled l && l.isVisible() && visibleUpwards(n)).queryAll()
            .stream().map(n -> ((Labeled) n).getText()).toList();
    }

    private static boolean visibleUpwards(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
