package dev.seatledger.testing;

import dev.seatledger.core.common.Progress;
import dev.seatledger.ui.common.Cancellable;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.testfx.api.FxRobot;

/**
 * Keeps the background reads a view asks for until {@link #release}, then runs them off the FX thread and delivers
 * their results on it: a test can look at a view while its data is still being read.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final List<Callable<Runnable>> held = new ArrayList<>();

    @Override
    public synchronized <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> {
            try {
                T result = work.call();
                return () -> onSuccess.accept(result);
            } catch (Exception e) {
                return () -> onFailure.accept(e);
            }
        });
    }

    @Override
    public <T> Cancellable executeWithProgress(Function<Progress, T> work, BiConsumer<Long, Long> onProgress,
                                               Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        throw new UnsupportedOperationException("no long work is held");
    }

    /** Runs every read held so far, in the order asked, each delivered on the FX thread before the next runs. */
    public void release(FxRobot robot) {
        List<Callable<Runnable>> now;
        synchronized (this) {
            now = new ArrayList<>(held);
            held.clear();
        }
        for (Callable<Runnable> work : now) {
            Runnable deliver;
            try {
                deliver = work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            robot.interact(deliver);
        }
    }
}
