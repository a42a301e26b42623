package dev.seatledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.CutTexts;
import dev.seatledger.testing.SampleDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Licenses list over the sample data fits its columns at the default window size and at 1440×900: no product or
 * license name, no seat count, grade, expiry or owner is cut short ("1Password Busi…"); a long name wraps instead.
 */
@ExtendWith(ApplicationExtension.class)
class LicensesColumnsFitTest {
    @RegisterExtension
    static final SampleDatabase SAMPLE = new SampleDatabase();
    private FxTaskExecutor executor;
    private MainWindow shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxTaskExecutor();
        shell = InstalledWindow.show(stage, SAMPLE.db(), executor);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1440, 900"})
    void noCellOfTheListIsCutShort(double width, double height, FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            shell.tabs().getSelectionModel().select(1);
        });
        TableView<?> table = (TableView<?>) InstalledWindow.tab(shell, "Licenses").getContent().lookup("#table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.isVisible() && table.getItems().size() >= 20
            && table.getItems().stream().allMatch(r -> r != null));
        assertThat(table.getWidth()).as("the table at " + width).isLessThan(width);
        java.util.Set<String> cut = CutTexts.in(robot, table);
        assertThat(cut).as("texts cut short at %s×%s", width, height).isEmpty();
        double columns = table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(columns).as("no horizontal scrolling").isLessThanOrEqualTo(table.getWidth());
    }
}
