package dev.seatledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.ManualDelay;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The undo toast offers Undo for ten seconds on its own clock (moved by hand here, not waited for), and undoes once. */
@ExtendWith(ApplicationExtension.class)
class UndoToastTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 500));
        stage.show();
    }

    private Popup toast(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Popup && w.isShowing()).map(w -> (Popup) w)
            .findFirst().orElse(null);
    }

    private Button undoButton(FxRobot robot) {
        return (Button) toast(robot).getScene().getRoot().lookup("#undoButton");
    }

    @Test
    void undoIsOfferedForTenSecondsThenTheToastGoesWithoutUndoing(FxRobot robot) {
        ManualDelay clock = new ManualDelay();
        AtomicInteger undone = new AtomicInteger();
        robot.interact(() -> UndoToast.show(stage, "Seat of Ada revoked.", undone::incrementAndGet, clock));
        assertThat(toast(robot)).as("shown").isNotNull();
        assertThat(undoButton(robot).getAccessibleHelp()).contains("10");

        robot.interact(() -> clock.advance(Duration.ofMillis(9_900)));
        assertThat(toast(robot)).as("still offered after 9.9 s").isNotNull();

        robot.interact(() -> clock.advance(Duration.ofMillis(100)));
        assertThat(toast(robot)).as("gone at 10 s").isNull();
        assertThat(undone).as("the expiry does not undo").hasValue(0);
        assertThat(robot.listWindows()).filteredOn(Window::isShowing).containsExactly(stage);
    }

    @Test
    void undoRunsOnceAndTheLaterExpiryChangesNothing(FxRobot robot) {
        ManualDelay clock = new ManualDelay();
        AtomicInteger undone = new AtomicInteger();
        robot.interact(() -> UndoToast.show(stage, "License archived.", undone::incrementAndGet, clock));
        robot.interact(() -> clock.advance(Duration.ofSeconds(4)));
        robot.interact(() -> undoButton(robot).fire());
        assertThat(undone).hasValue(1);
        assertThat(toast(robot)).isNull();
        robot.interact(() -> clock.advance(Duration.ofSeconds(10)));
        assertThat(undone).hasValue(1);
        assertThat(clock.pending()).isZero();
    }
}
