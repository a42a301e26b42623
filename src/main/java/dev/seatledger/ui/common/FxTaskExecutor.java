package dev.seatledger.ui.common;

import dev.seatledger.core.common.Progress;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Background threads for database work; results return on the FX thread through {@link Task}. Once closed (the
 * window is going), work handed to it is dropped: a view that asks for its next read from a result arriving as the
 * window closes has nobody left to show it to.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool;
    private volatile boolean closed;

    public FxTaskExecutor() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "seatledger-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (closed) {
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        submit(task);
    }

    @Override
    public <T> Cancellable executeWithProgress(Function<Progress, T> work, BiConsumer<Long, Long> onProgress,
                                               Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (closed) {
            return () -> { };
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                Task<T> self = this;
                return work.apply(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, Math.max(1, total));
                        javafx.application.Platform.runLater(() -> onProgress.accept(done, total));
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        task.setOnCancelled(e -> onFailure.accept(new dev.seatledger.core.common.CancelledException()));
        submit(task);
        return () -> task.cancel(false);
    }

    private void submit(Task<?> task) {
        try {
            pool.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // closed between the check and the hand-over: dropped as well
        }
    }

    /** Whether {@link #close} was called. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        pool.shutdownNow();
    }
}
