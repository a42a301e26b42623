package dev.seatledger.ui.finance;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Progress;
import dev.seatledger.ui.common.Cancellable;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.Notices;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * One export at a time off the FX thread (a compliance report, a review pack): whether it runs, its progress, cancel,
 * and the notice or error it ends with. Views bind a progress bar and a Cancel button to it.
 */
public class ExportJob {
    private final TaskExecutor executor;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Cancellable current;

    public ExportJob(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work}; when it ends, {@code done} gives the notice to show. Ignored while another export runs. */
    public <T> void start(Function<Progress, T> work, Function<T, String> done) {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        current = executor.executeWithProgress(work, (n, total) -> progress.set(total == 0 ? -1 : (double) n / total),
            result -> {
                running.set(false);
                notice.set(done.apply(result));
            }, this::fail);
    }

    private void fail(Throwable t) {
        running.set(false);
        if (t instanceof CancelledException) {
            notice.set(Messages.get("positions.export.cancelled"));
        } else {
            error.set(ErrorText.of(t));
        }
    }

    public void cancel() {
        if (current != null && running.get()) {
            current.cancel();
        }
    }

    /** Shows the job's progress bar and cancel button only while it runs, and how it ended in {@code banner}. */
    public void bind(ProgressBar bar, Button cancel, Label banner) {
        for (Node n : List.of(bar, cancel)) {
            n.visibleProperty().bind(running);
            n.managedProperty().bind(running);
        }
        bar.progressProperty().bind(progress);
        cancel.setOnAction(e -> cancel());
        Notices.bind(banner, notice, error);
    }

    public BooleanProperty runningProperty() { return running; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }
}
