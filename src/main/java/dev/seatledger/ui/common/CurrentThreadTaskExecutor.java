package dev.seatledger.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

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
}
