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
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The full notification list: unread first, all with "Show read", a double-click opens the record and closes it. */
@ExtendWith(ApplicationExtension.class)
class NotificationsDialogTest {
    private static TestDatabase db;
    private FxTaskExecutor executor;
    private NotificationCenterViewModel vm;
    private final List<NotificationRow> opened = new ArrayList<>();

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        for (int i = 0; i < 3; i++) {
            db.services().people().create(PersonDraft.of("Leaver " + i, "l" + i + "@example.com", null)
                .withEndDate(db.clock().today().plusDays(i)));
        }
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        vm = new NotificationCenterViewModel(s.notifications(), executor, db.fixedClock());
        TestScenes.show(stage, new VBox(), 400, 300);
        vm.startUp(fresh -> { });
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<NotificationRow> table(FxRobot robot) {
        return robot.lookup("#notificationsTable").queryAs(TableView.class);
    }

    @Test
    void theUnreadAreListedAndADoubleClickOpensTheRecord(FxRobot robot) throws Exception {
        robot.interact(() -> new NotificationsDialog(vm, opened::add).show());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#notificationsTable").tryQuery().isPresent()
            && table(robot).getItems().size() == 3);
        assertThat(table(robot).getItems()).extracting(NotificationRow::subject)
            .allSatisfy(subject -> assertThat(subject).startsWith("Leaver"));

        Node first = robot.lookup("#notificationsTable .table-row-cell").nth(0).query();
        robot.doubleClickOn(first);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notificationsTable").tryQuery().isEmpty());
        assertThat(opened).hasSize(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> db.services().notifications().unreadCount() <= 2);
        assertThat(db.services().notifications().unreadCount()).as("the opened one is read, in the background")
            .isEqualTo(2);
    }
}
