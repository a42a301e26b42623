package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.telemetry.SuggestedMatch;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Unknown applications screen in the Utilization tab: accepting a suggestion moves the seat's usage (the seat
 * leaves the dormant seats); accept all from N % through its preview, and its undo; the hidden items' count and the
 * switch that lists them.
 */
@ExtendWith(ApplicationExtension.class)
class UnknownAppsViewTest {
    private TestDatabase db;
    private AppServices s;
    private UnknownApps data;
    private FxTaskExecutor executor;
    private UtilizationViewModel vm;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (executor != null) {
            executor.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** The data and the tab, built in the test (not in the toolkit's set-up, which has a time limit). */
    private void show(FxRobot robot) {
        db = TestDatabase.create();
        data = new UnknownApps(db);
        s = db.services();
        executor = new FxTaskExecutor();
        robot.interact(() -> vm = UtilizationTab.show(stage, s, executor));
    }

    private TableView<TelemetryQuery.UnknownApp> openUnknown(FxRobot robot) throws Exception {
        if (vm == null) {
            show(robot);
        }
        robot.clickOn("Unknown applications");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#unknownTable").tryQuery().isPresent());
        TableView<TelemetryQuery.UnknownApp> table = robot.lookup("#unknownTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private static List<String> names(TableView<TelemetryQuery.UnknownApp> table) {
        return table.getItems().stream().map(TelemetryQuery.UnknownApp::name).toList();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    private List<String> dormantProducts() {
        return vm.dormant().rows().stream().filter(java.util.Objects::nonNull).map(DormantSeat::productName).toList();
    }

    @Test
    void acceptingASuggestionMovesTheSeatsUsage(FxRobot robot) throws Exception {
        show(robot);
        robot.clickOn("Dormant seats");
        TableView<DormantSeat> dormant = robot.lookup("#dormantTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dormant.getItems().size() == 2);
        assertThat(dormantProducts()).containsExactlyInAnyOrder("Orbit CRM", "Tally Books");

        TableView<TelemetryQuery.UnknownApp> table = openUnknown(robot);
        robot.clickOn("Orbit CRM Desktop 2.1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#suggestionList .list-cell")
            .queryAllAs(ListCell.class).stream().anyMatch(c -> c.getText() != null));
        assertThat(robot.lookup("#suggestionList .list-cell").queryAllAs(ListCell.class).stream()
            .map(ListCell::getText).filter(java.util.Objects::nonNull).toList()).containsExactly(
                "Orbit CRM \u2014 83 % \u2014 words in common with Orbit CRM",
                "Orbit CRM Analytics \u2014 67 % \u2014 words in common with Orbit CRM Analytics");
        assertThat(robot.lookup("#suggestionsLabel").queryAs(Label.class).getText())
            .isEqualTo("Suggestions for Orbit CRM Desktop 2.1:");

        robot.clickOn("#acceptButton");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !names(table).contains("Orbit CRM Desktop 2.1"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dormant.getItems().size() == 1);
        assertThat(robot.lookup(".notice-banner").queryAs(Label.class).getText())
            .isEqualTo("Orbit CRM Desktop 2.1 now counts as Orbit CRM");
        assertThat(dormantProducts()).as("Ana's Orbit CRM seat is used now").containsExactly("Tally Books");
        assertThat(data.orbitLastUsed()).isEqualTo(UnknownApps.USED);
    }

    @Test
    void acceptAllShowsItsPreviewAndOneUndoTakesItBack(FxRobot robot) throws Exception {
        TableView<TelemetryQuery.UnknownApp> table = openUnknown(robot);
        assertThat(shown(robot, "#undoAcceptAllButton")).isFalse();

        robot.clickOn("#acceptAllButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot, "#acceptAllConfirmButton"));
        TableView<SuggestedMatch> preview = robot.lookup("#previewTable").queryTableView();
        assertThat(preview.getItems()).extracting(SuggestedMatch::name, SuggestedMatch::product)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Orbit CRM Desktop 2.1", "Orbit CRM"),
                org.assertj.core.groups.Tuple.tuple("Tally Books 2024 Desktop", "Tally Books"));
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).startsWith("2 applications with a suggestion of 80 %");

        robot.clickOn("#acceptAllConfirmButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot, "#undoAcceptAllButton"));
        assertThat(names(table)).containsExactlyInAnyOrder("Acme Timesheets 4.2 (x64)", "Sketch.app");
        assertThat(data.orbitLastUsed()).isEqualTo(UnknownApps.USED);

        robot.clickOn("#undoAcceptAllButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown(robot, "#undoAcceptAllButton"));
        assertThat(robot.lookup(".notice-banner").queryAs(Label.class).getText()).isEqualTo("2 decisions taken back");
        assertThat(data.orbitLastUsed()).isNull();
    }

    @Test
    void hiddenItemsAreCountedAndListedOnRequest(FxRobot robot) throws Exception {
        TableView<TelemetryQuery.UnknownApp> table = openUnknown(robot);
        assertThat(robot.lookup("#hiddenLabel").queryAs(Label.class).getText())
            .isEqualTo("3 free, system and ignored items hidden");
        assertThat(shown(robot, "#showAgainButton")).isFalse();

        robot.clickOn("#showHiddenCheck");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 7);
        assertThat(names(table)).contains("Google Chrome", "libc6");
        assertThat(shown(robot, "#showAgainButton")).isTrue();

        robot.clickOn("Google Chrome");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ignoreButton").query().isDisabled()).as("hidden already").isTrue();
        assertThat(robot.lookup("#showAgainButton").query().isDisabled()).as("not ignored by the user").isTrue();

        robot.clickOn("#showHiddenCheck");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
    }
}
