package dev.seatledger.testing;

import dev.seatledger.core.common.Progress;
import dev.seatledger.ui.common.Cancellable;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs work on the calling thread like {@link CurrentThreadTaskExecutor} and counts the background reads asked for. */
public final class CountingTaskExecutor implements TaskExecutor {
    private final CurrentThreadTaskExecutor delegate = new CurrentThreadTaskExecutor();
    private final AtomicInteger tasks = new AtomicInteger();

    public int tasks() {
        return tasks.get();
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        tasks.incrementAndGet();
        delegate.execute(work, onSuccess, onFailure);
    }

    @Override
    public <T> Cancellable executeWithProgress(Function<Progress, T> work, BiConsumer<Long, Long> onProgress,
                                               Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        tasks.incrementAndGet();
        return delegate.executeWithProgress(work, onProgress, onSuccess, onFailure);
    }
}
