package dev.seatledger.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The window reads its data again when the database changed since its last look, and only then. */
@ExtendWith(ApplicationExtension.class)
class ChangeWatchTest {
    private static TestDatabase db;
    private FxTaskExecutor executor;
    private ChangeWatch watch;
    private final AtomicInteger reloads = new AtomicInteger();

    /** Made before the window starts: opening a database can take longer than the toolkit waits for a start. */
    @BeforeAll
    static void database() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        watch = new ChangeWatch(db.database().changes(), executor, reloads::incrementAndGet);
        stage.setScene(new Scene(new Label("window")));
        stage.show();
        watch.start(stage);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private void checkAndWait(FxRobot robot) throws Exception {
        robot.interact(watch::check);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !watch.busy());
    }

    @Test
    void reloadsAfterACommittedChangeAndNotAfterALookWithoutOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !watch.busy());
        checkAndWait(robot);
        assertThat(reloads).hasValue(0);

        db.services().products().create(ProductDraft.of("Figma", "Figma", "Design"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            checkAndWait(robot);
            return reloads.get() == 1;
        });
        checkAndWait(robot);

        assertThat(reloads).hasValue(1);
    }

    @Test
    void aLookAfterTheWindowsExecutorClosedIsNoError(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !watch.busy());
        executor.close();

        robot.interact(watch::check);

        assertThat(watch.busy()).as("no reading is left pending").isFalse();
        assertThat(reloads).hasValue(0);
    }
}
