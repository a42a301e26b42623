package dev.seatledger.ui.utilization;

import dev.seatledger.ui.common.Cancellable;
import dev.seatledger.ui.common.ErrorText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the Utilization screens share about long work (a telemetry import, a reclaim): whether one runs, its
 * progress and a way to cancel it, and the banner's last notice or error.
 */
public class WorkStatus {
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Cancellable running;

    /** Marks long work as started, its progress at zero. */
    void start() {
        busy.set(true);
        progress.set(0);
    }

    void track(Cancellable work) {
        running = work;
    }

    void progress(long done, long total) {
        progress.set(total == 0 ? 1 : (double) done / total);
    }

    void finished() {
        busy.set(false);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    void fail(Throwable t) {
        error.set(ErrorText.of(t));
    }

    public BooleanProperty busyProperty() { return busy; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty noticeProperty() { return notice; }
    public StringProperty errorProperty() { return error; }
}
