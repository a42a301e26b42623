package dev.seatledger.ui.importing;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Progress;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One import written in the background, as the import dialogs show it: a progress bar, a status line, Cancel that
 * stops the work between batches (the import rolls back), and the result line once it finished. Only the import
 * itself decides whether it finished, so what the dialog says is what happened.
 */
final class ImportRun {
    private final TaskExecutor executor;
    private final String progressKey;
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    /** {@code progressKey} is the status line's message while rows are written ({0} done of {1}). */
    ImportRun(TaskExecutor executor, String progressKey) {
        this.executor = executor;
        this.progressKey = progressKey;
    }

    /** Runs {@code work} with a progress that also answers Cancel; {@code describe} turns its outcome into words. */
    <T> void start(Function<Progress, T> work, Function<T, String> describe, Runnable onDone) {
        cancelRequested.set(false);
        importing.set(true);
        progress.set(-1);
        status.set(Messages.get("import.progress.start"));
        executor.executeWithProgress(task -> work.apply(new Progress() {
            @Override
            public void update(long done, long total) {
                task.update(done, total);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || task.isCancelled();
            }
        }), (done, total) -> {
            if (!cancelRequested.get()) {
                status.set(Messages.get(progressKey, done, total));
            }
            progress.set(total == 0 ? -1 : (double) done / total);
        }, outcome -> {
            importing.set(false);
            status.set("");
            result.set(describe.apply(outcome));
            onDone.run();
        }, e -> {
            importing.set(false);
            progress.set(0);
            status.set(e instanceof CancelledException ? Messages.get("import.cancelled") : ErrorText.of(e));
        });
    }

    /** Asks the running import to stop; it rolls back and says nothing was saved. */
    void cancel() {
        if (importing.get()) {
            cancelRequested.set(true);
            status.set(Messages.get("import.cancelling"));
        }
    }

    StringProperty result() { return result; }
    BooleanProperty importing() { return importing; }
    DoubleProperty progress() { return progress; }
    StringProperty status() { return status; }
}
