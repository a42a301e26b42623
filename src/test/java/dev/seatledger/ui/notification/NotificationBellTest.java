package dev.seatledger.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.notification.NotificationRow;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NotificationBellTest {
    private TestDatabase db;
    private FxTaskExecutor executor;
    private final List<NotificationRow> opened = new ArrayList<>();
    private final List<NotificationRow> toasted = new ArrayList<>();

    @Start
    void start(Stage stage) {
        db = CompletableFuture.supplyAsync(() -> {
            TestDatabase t = TestDatabase.create();
            for (int i = 0; i < 3; i++) {
                t.services().people().create(PersonDraft.of("Leaver " + i, "l" + i + "@example.com", null)
                    .withEndDate(t.clock().today().plusDays(i)));
            }
            return t;
        }).join();
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        NotificationCenterViewModel vm = new NotificationCenterViewModel(s.notifications(), executor, db.fixedClock());
        NotificationBell bell = new NotificationBell(vm, opened::add, () -> { });
        HBox box = new HBox(bell.root());
        box.setStyle("-fx-padding: 20; -fx-alignment: top-right;");
        TestScenes.show(stage, box, 600, 500);
        vm.startUp(toasted::addAll);
    }

    @AfterEach
    void close() {
        executor.close();
        db.close();
    }

    @Test
    void badgeCountsUnreadAndMarkAllReadClearsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> "3".equals(robot.lookup("#bellBadge").queryAs(Label.class).getText()));
        assertThat(toasted).hasSize(3);

        robot.clickOn("#notificationBell");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Leaver 0 leaves on Mar 15, 2026").tryQuery().isPresent());
        robot.clickOn("Leaver 0 leaves on Mar 15, 2026");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> "2".equals(robot.lookup("#bellBadge").queryAs(Label.class).getText()));
        assertThat(opened).singleElement().satisfies(r -> assertThat(r.subject()).startsWith("Leaver 0"));

        robot.clickOn("#notificationBell");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#markAllRead").tryQuery().isPresent());
        robot.clickOn("#markAllRead");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> !robot.lookup("#bellBadge").queryAs(Label.class).isVisible());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup("#notificationsEmpty").tryQueryAs(Label.class).map(l -> l.getText().equals("You're all caught up")).orElse(false));
    }
}
