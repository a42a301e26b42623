package dev.seatledger.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** Runs an action on the FX thread once a while has passed; tests give their own to move time on by hand. */
@FunctionalInterface
public interface Delay {
    void after(Duration wait, Runnable action);

    /** On the FX animation timer; call on the FX thread. */
    static Delay fx() {
        return (wait, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(wait.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        };
    }
}
