package dev.seatledger.testing;

import dev.seatledger.ui.common.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link Delay} on a clock that moves only when the test calls {@link #advance}: an action runs, on the thread that
 * advances (the FX thread in a UI test), once its wait has passed.
 */
public final class ManualDelay implements Delay {
    private record Pending(Duration due, Runnable action) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public synchronized void after(Duration wait, Runnable action) {
        pending.add(new Pending(now.plus(wait), action));
    }

    /** How many actions wait to run. */
    public synchronized int pending() {
        return pending.size();
    }

    /** Moves the clock on and runs, in order, every action whose wait has now passed. */
    public void advance(Duration by) {
        List<Pending> due;
        synchronized (this) {
            now = now.plus(by);
            due = pending.stream().filter(p -> p.due().compareTo(now) <= 0)
                .sorted(Comparator.comparing(Pending::due)).toList();
            pending.removeAll(due);
        }
        due.forEach(p -> p.action().run());
    }
}
