package dev.seatledger.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.TestDatabase;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TransactionsFxThreadTest {

    @Test
    void transactionHelperRefusesTheFxApplicationThread() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (TestDatabase db = TestDatabase.create()) {
            Transactions tx = db.database().transactions();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicReference<Boolean> onFx = new AtomicReference<>();
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                onFx.set(Platform.isFxApplicationThread());
                try {
                    tx.read(s -> 1);
                } catch (Throwable t) {
                    failure.set(t);
                }
            }));

            assertThat(onFx.get()).isTrue();
            assertThat(failure.get()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JavaFX application thread");
            Integer one = tx.read(s -> 1);
            assertThat(one).isEqualTo(1);
        }
    }
}
