package dev.seatledger.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.LicenseListRequest;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.Cancellable;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog shows progress while rows are written, and Cancel stops the import with nothing saved. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    private TestDatabase db;
    private GatedExecutor executor;
    private ImportViewModel vm;
    private ImportDialog dialog;

    /** Real background threads; the import pauses at its first progress report until the test releases it. */
    private static final class GatedExecutor implements TaskExecutor {
        final FxTaskExecutor delegate = new FxTaskExecutor();
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            delegate.execute(work, onSuccess, onFailure);
        }

        @Override
        public <T> Cancellable executeWithProgress(Function<Progress, T> work, BiConsumer<Long, Long> onProgress,
                                                   Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            return delegate.executeWithProgress(p -> work.apply(new Progress() {
                @Override
                public void update(long done, long total) {
                    p.update(done, total);
                    if (done > 0 && reached.getCount() > 0) {
                        reached.countDown();
                        try {
                            release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }

                @Override
                public boolean isCancelled() {
                    return p.isCancelled();
                }
            }), onProgress, onSuccess, onFailure);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        db = CompletableFuture.supplyAsync(TestDatabase::create).join();
        AppServices s = db.services();
        executor = new GatedExecutor();
        vm = new ImportViewModel(s.licenseImport(), s.peopleImport(), executor, "EUR");
        dev.seatledger.testing.TestScenes.show(stage, new StackPane(), 400, 300);
        dialog = new ImportDialog(vm);
        dialog.initOwner(stage);
        dialog.show();
        StringBuilder csv = new StringBuilder("Product,Publisher,Seats\n");
        for (int i = 1; i <= 500; i++) {
            csv.append("Tool ").append(i).append(",Maker,5\n");
        }
        Path file = Files.createTempFile(db.folder(), "licenses", ".csv");
        Files.writeString(file, csv);
        vm.load(file);
    }

    @AfterEach
    void close() {
        executor.release.countDown();
        executor.delegate.close();
        db.close();
    }

    @Test
    void cancelDuringTheImportKeepsTheDialogOpenAndSavesNothing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.canImportProperty().get());
        Button cancel = robot.lookup("#cancelImportButton").queryButton();
        assertThat(cancel.getText()).isEqualTo("Cancel");

        robot.clickOn("#runImportButton");
        assertThat(executor.reached.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cancel.getText().equals("Cancel import"));
        assertThat(robot.lookup("#importProgress").queryAs(ProgressBar.class).isVisible()).isTrue();
        assertThat(robot.lookup("#runImportButton").queryButton().isDisabled()).isTrue();

        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importStatus").queryAs(Label.class).getText()).isEqualTo("Cancelling…");
        executor.release.countDown();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Import cancelled; nothing was saved."
            .equals(robot.lookup("#importStatus").queryAs(Label.class).getText()));
        assertThat(dialog.isShowing()).isTrue();
        assertThat(cancel.getText()).isEqualTo("Cancel");
        assertThat(robot.lookup("#importProgress").queryAs(ProgressBar.class).isVisible()).isFalse();
        assertThat(CompletableFuture.supplyAsync(() -> db.services().licenseQuery().list(LicenseListRequest.all()))
            .get(20, TimeUnit.SECONDS)).isEmpty();

        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
    }
}
