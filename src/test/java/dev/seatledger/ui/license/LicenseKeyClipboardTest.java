package dev.seatledger.ui.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.testing.ManualDelay;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.common.SecretClipboard;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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

/** "Copy" puts the license key on the clipboard and it is cleared 30 s later (PRODUCT.md section 3), on a hand-moved clock. */
@ExtendWith(ApplicationExtension.class)
class LicenseKeyClipboardTest {
    private static final String KEY = "XOXB-SECRET-7788";
    private final ManualDelay delay = new ManualDelay();
    private static TestDatabase db;
    private static long license;
    private FxTaskExecutor executor;

    /** Before the stage is set up: a cold start of the database can outlast TestFX's set-up time limit. */
    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
        long product = db.services().products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        license = db.services().licenses().create(LicenseDraft.defaults(product).withName("Business+")
            .withSeats(50, SeatType.USER).withKey(KEY)).id();
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        LicensePage page = new LicensePage(new LicensePageViewModel(s.licenses(), s.catalog(), executor, db.fixedClock(),
            license), () -> { }, () -> { }, new SecretClipboard(delay));
        TestScenes.show(stage, page.root(), 1100, 760);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private static String clipboard(FxRobot robot) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Clipboard.getSystemClipboard().getString());
    }

    private void copyKey(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#copyButton").queryButton().isDisabled());
        robot.clickOn("#detailsPane .title"); // the key is among the details, collapsed under the summary band
        robot.clickOn("#copyButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> KEY.equals(clipboard(robot)));
        assertThat(robot.lookup("#noticeLabel").queryAs(Label.class).getText())
            .isEqualTo("License key copied; the clipboard is cleared in 30 seconds");
    }

    @Test
    void theCopiedKeyIsClearedFromTheClipboardAfter30Seconds(FxRobot robot) throws Exception {
        copyKey(robot);

        robot.interact(() -> delay.advance(Duration.ofSeconds(30).minusMillis(1)));
        assertThat(clipboard(robot)).as("29.999 s after the copy").isEqualTo(KEY);
        robot.interact(() -> delay.advance(Duration.ofMillis(1)));
        assertThat(clipboard(robot)).as("30 s after the copy").isNull();
        assertThat(delay.pending()).isZero();
    }

    @Test
    void somethingCopiedSinceIsLeftOnTheClipboard(FxRobot robot) throws Exception {
        copyKey(robot);
        robot.interact(() -> {
            ClipboardContent mine = new ClipboardContent();
            mine.putString("the user's own text");
            Clipboard.getSystemClipboard().setContent(mine);
        });

        robot.interact(() -> delay.advance(Duration.ofSeconds(30)));
        assertThat(clipboard(robot)).isEqualTo("the user's own text");
    }
}
