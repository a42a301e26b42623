package dev.seatledger.ui.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseRow;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LicensesViewTest {
    private TestDatabase db;
    private FxTaskExecutor executor;
    private LicensesSection section;

    @Start
    void start(Stage stage) {
        db = CompletableFuture.supplyAsync(() -> {
            TestDatabase t = TestDatabase.create();
            AppServices s = t.services();
            LocalDate today = t.clock().today();
            long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", "Communication"));
            long zoom = s.products().create(ProductDraft.of("Zoom Workplace", "Zoom Video Communications", null));
            s.licenses().create(LicenseDraft.defaults(slack).withName("Business+").withSeats(50, SeatType.USER)
                .withDates(null, null, today.plusDays(20), null).withKey("XOXB-SECRET-7788"));
            s.licenses().create(LicenseDraft.defaults(slack).withName("Grid").withSeats(50, SeatType.USER)
                .withDates(null, null, today.plusDays(200), null));
            s.licenses().create(LicenseDraft.defaults(zoom).withName("Pro").withSeats(10, SeatType.USER)
                .withDates(null, null, today.plusDays(59), null));
            return t;
        }).join();
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        section = new LicensesSection(s.licenses(), s.licenseQuery(), s.catalog(), executor, db.fixedClock());
        dev.seatledger.testing.TestScenes.show(stage, section.root(), 1240, 760);
    }

    @AfterEach
    void close() {
        executor.close();
        db.close();
    }

    private static String chip(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ToggleButton.class).getText();
    }

    private static TableView<LicenseRow> table(FxRobot robot) {
        return robot.lookup(".table-view").queryTableView();
    }

    @Test
    void typingInSearchChangesChipCounts(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chip(robot, "chip-all").equals("All  3"));
        assertThat(chip(robot, "chip-ACTIVE")).isEqualTo("Active  3");

        robot.clickOn(".text-field").write("zoom");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chip(robot, "chip-all").equals("All  1"));
        assertThat(chip(robot, "chip-ACTIVE")).isEqualTo("Active  1");
        assertThat(table(robot).getItems()).extracting(LicenseRow::licenseName).containsExactly("Pro");
    }

    @Test
    void clickingRenewingSoonShowsTheRightRows(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        assertThat(chip(robot, "filter-RENEWING_SOON")).isEqualTo("Renewing soon  2");

        robot.clickOn("#filter-RENEWING_SOON");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        assertThat(table(robot).getItems()).extracting(LicenseRow::licenseName).containsExactlyInAnyOrder("Business+", "Pro");
        assertThat(chip(robot, "chip-all")).isEqualTo("All  2");
    }

    @Test
    void keyIsMaskedOnThePageUntilReveal(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        robot.doubleClickOn("Business+");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup(".key-value").tryQueryAs(Label.class).map(l -> l.getText().startsWith("••")).orElse(false));
        assertThat(robot.lookup(".key-value").queryAs(Label.class).getText()).isEqualTo("••••••••7788");
        assertThat(robot.lookup(".title-2").queryAs(Label.class).getText()).isEqualTo("Slack — Business+");

        robot.clickOn("#detailsPane .title"); // the key is among the details, collapsed under the summary band
        robot.clickOn("Reveal");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup(".key-value").queryAs(Label.class).getText().equals("XOXB-SECRET-7788"));
        robot.clickOn("Hide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup(".key-value").queryAs(Label.class).getText().equals("••••••••7788"));
    }
}
