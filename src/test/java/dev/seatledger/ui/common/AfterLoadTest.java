package dev.seatledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** The start-up notification scan waits for the Licenses list: it runs once, after the list's first load. */
class AfterLoadTest {
    @Test
    void runsOnceWhenTheLoadEnds() {
        SimpleBooleanProperty loading = new SimpleBooleanProperty(true);
        AtomicInteger runs = new AtomicInteger();
        AfterLoad.run(loading, runs::incrementAndGet);
        assertThat(runs).hasValue(0);
        loading.set(false);
        assertThat(runs).hasValue(1);
        loading.set(true);
        loading.set(false);
        assertThat(runs).hasValue(1);
    }

    @Test
    void runsAtOnceWhenNothingIsLoading() {
        AtomicInteger runs = new AtomicInteger();
        AfterLoad.run(new SimpleBooleanProperty(false), runs::incrementAndGet);
        assertThat(runs).hasValue(1);
    }
}
