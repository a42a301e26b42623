package dev.seatledger.ui.shell;

import dev.seatledger.core.common.ChangeCounter;
import dev.seatledger.ui.common.TaskExecutor;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows what another process wrote (a scheduled command-line import, a colleague on the shared server): when the
 * window comes to the front, and every {@link #INTERVAL} while it is there, one cheap query asks the database's
 * {@link ChangeCounter}; when it moved since the last look, the current view reads its data again.
 */
public final class ChangeWatch {
    static final Duration INTERVAL = Duration.seconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatch.class);

    private final ChangeCounter counter;
    private final TaskExecutor executor;
    private final Runnable reload;
    private final Timeline timer = new Timeline(new KeyFrame(INTERVAL, e -> check()));
    private Long seen;
    private boolean checking;
    private boolean stopped;

    public ChangeWatch(ChangeCounter counter, TaskExecutor executor, Runnable reload) {
        this.counter = counter;
        this.executor = executor;
        this.reload = reload;
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** Starts watching while {@code window} has the focus; reads the counter once now, as the starting point. */
    public void start(Window window) {
        window.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                check();
                timer.play();
            } else {
                timer.stop();
            }
        });
        check();
        if (window.isFocused()) {
            timer.play();
        }
    }

    /** Stops watching (the database it asks was closed). */
    public void stop() {
        stopped = true;
        timer.stop();
    }

    /** Whether a reading is under way (for tests). */
    boolean busy() {
        return checking;
    }

    /** Asks the counter (off the FX thread) and reloads the view when it moved since the last answer. */
    void check() {
        if (checking || stopped) {
            return;
        }
        checking = true;
        executor.execute(counter::current, now -> {
            checking = false;
            boolean moved = seen != null && seen != now.longValue();
            seen = now;
            if (moved) {
                reload.run();
            }
        }, failure -> {
            checking = false;
            LOG.debug("Change counter not read", failure);
        });
    }
}
