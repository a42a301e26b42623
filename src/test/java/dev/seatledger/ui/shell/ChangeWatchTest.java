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

    /**
     * Waits until the counter stops moving. PostgreSQL's statistics may hold a connection's counts back for up to
     * ten seconds after its commit (a backend flushes at most once a second and otherwise when idle ten seconds), so
     * there a reading counts as settled once it stays the same for longer than that; H2 moves only on a commit.
     */
    private static void settled() throws Exception {
        long window = db.database().config().isPostgres() ? 11_000 : 200;
        long last = db.database().changes().current();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            long since = System.nanoTime();
            long now = last;
            while (System.nanoTime() - since < TimeUnit.MILLISECONDS.toNanos(window) && now == last) {
                WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
                now = db.database().changes().current();
            }
            if (now == last) {
                return;
            }
            last = now;
        }
        throw new AssertionError("the change counter kept moving for a minute without a change of the test's own");
    }

    @Test
    void reloadsAfterACommittedChangeAndNotAfterALookWithoutOne(FxRobot robot) throws Exception {
        settled();
        checkAndWait(robot);
        int before = reloads.get();
        checkAndWait(robot);
        assertThat(reloads).as("a look without a change reads nothing again").hasValue(before);

        db.services().products().create(ProductDraft.of("Figma", "Figma", "Design"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            checkAndWait(robot);
            return reloads.get() > before;
        });
        settled();
        checkAndWait(robot);
        int after = reloads.get();
        checkAndWait(robot);

        assertThat(after).as("the change was read again").isGreaterThan(before);
        assertThat(reloads).as("and only once it settled").hasValue(after);
    }

    @Test
    void aLookAfterTheWindowsExecutorClosedIsNoError(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !watch.busy());
        executor.close();

        db.services().products().create(ProductDraft.of("Miro", "Miro", "Whiteboard"));
        robot.interact(watch::check);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(executor.isClosed()).isTrue();
        assertThat(reloads).as("the closed window reads nothing").hasValue(0);
    }
}
