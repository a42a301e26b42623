package dev.seatledger.ui.common;

import dev.seatledger.core.common.Progress;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs work immediately on the caller's thread: for view-model tests without a toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> Cancellable executeWithProgress(Function<Progress, T> work, BiConsumer<Long, Long> onProgress,
                                               Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean[] cancelled = {false};
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                onProgress.accept(done, total);
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        execute(() -> work.apply(progress), onSuccess, onFailure);
        return () -> cancelled[0] = true;
    }
}
