package dev.seatledger.ui.common;

import dev.seatledger.core.common.ValidationException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * What every form's view model shares: one error per field (keyed by the field's name), one general error, busy
 * while saving, reading the stored values and saving off the FX thread.
 */
public abstract class FormViewModel {
    protected final TaskExecutor executor;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty generalError = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    protected FormViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Reads what the form shows (stored values, choices); a failure becomes the general error. */
    protected <T> void read(Callable<T> work, Consumer<T> onRead) {
        executor.execute(work, onRead, this::showFailure);
    }

    /**
     * Saves with the form busy: clears the errors shown, runs {@code work} off the FX thread and hands its result to
     * {@code onSaved}; a failure is shown by {@link #showFailure} and the form stays open.
     */
    protected <T> void submit(Callable<T> work, Consumer<T> onSaved) {
        clearErrors();
        busy.set(true);
        executor.execute(work, result -> {
            busy.set(false);
            onSaved.accept(result);
        }, t -> {
            busy.set(false);
            showFailure(t);
        });
    }

    /** Validation errors go under their fields; anything else becomes the general error. */
    protected void showFailure(Throwable t) {
        if (t instanceof ValidationException v) {
            errors.putAll(v.byField());
        } else {
            generalError.set(ErrorText.of(t));
        }
    }

    /** Errors found before anything is sent (text that does not parse): shown under their fields. */
    protected void showFieldErrors(Map<String, String> problems) {
        errors.putAll(problems);
    }

    protected void clearErrors() {
        errors.clear();
        generalError.set("");
    }

    /** A stored value as a text field shows it: nothing for null. */
    public static String shown(String stored) {
        return stored == null ? "" : stored;
    }

    /** Typed text as it is stored: null for nothing but blanks. */
    public static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed;
    }

    public ObservableMap<String, String> errors() { return errors; }
    public StringProperty generalErrorProperty() { return generalError; }
    public BooleanProperty busyProperty() { return busy; }
}
