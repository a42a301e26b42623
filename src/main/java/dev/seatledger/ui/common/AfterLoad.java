package dev.seatledger.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Work that waits for a view's first load, so the first rows a user looks at do not share the processor with it. */
public final class AfterLoad {
    private AfterLoad() {
    }

    /** Runs the action once, as soon as {@code loading} is false (at once when nothing is loading). */
    public static void run(ReadOnlyBooleanProperty loading, Runnable action) {
        if (!loading.get()) {
            action.run();
            return;
        }
        loading.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    loading.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
