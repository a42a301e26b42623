package dev.seatledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Work handed to a closed executor (a view asking for its next read as the window closes) is dropped quietly. */
class FxTaskExecutorTest {
    @Test
    void workAfterCloseIsDroppedWithoutAnError() {
        FxTaskExecutor executor = new FxTaskExecutor();
        executor.close();
        AtomicInteger ran = new AtomicInteger();

        assertThatCode(() -> executor.execute(ran::incrementAndGet, r -> ran.incrementAndGet(), e -> ran.incrementAndGet()))
            .doesNotThrowAnyException();
        assertThatCode(() -> executor.executeWithProgress(p -> ran.incrementAndGet(), (d, t) -> { },
            r -> ran.incrementAndGet(), e -> ran.incrementAndGet()).cancel()).doesNotThrowAnyException();

        assertThat(executor.isClosed()).isTrue();
        assertThat(ran).hasValue(0);
    }
}
