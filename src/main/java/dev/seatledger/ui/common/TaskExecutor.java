package dev.seatledger.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs service calls away from the FX thread and delivers the outcome back on it. Every view-model
 * goes through this; tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    default void run(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        execute(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }
}
