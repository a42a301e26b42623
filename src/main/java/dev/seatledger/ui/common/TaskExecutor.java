package dev.seatledger.ui.common;

import dev.seatledger.core.common.Progress;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs service calls away from the FX thread and delivers the outcome back on it. Every view-model
 * goes through this; tests use {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Long work that reports progress (delivered on the FX thread) and can be cancelled; the work sees
     * the cancel through {@link Progress#isCancelled()}.
     */
    <T> Cancellable executeWithProgress(Function<Progress, T> work, BiConsumer<Long, Long> onProgress,
                                        Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    default void run(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        execute(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }
}
