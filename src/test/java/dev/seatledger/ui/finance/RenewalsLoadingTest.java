package dev.seatledger.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.common.Progress;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.Cancellable;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While the spend figures and the agenda are being read (seconds on a large inventory), the cards and the agenda say
 * so instead of standing empty or saying that nothing is due.
 */
@ExtendWith(ApplicationExtension.class)
class RenewalsLoadingTest {
    private static TestDatabase db;
    private final HeldExecutor executor = new HeldExecutor();
    private SpendDashboardViewModel vm;
    private AgendaViewModel agenda;
    private Stage stage;

    @BeforeAll
    static void sampleData() {
        db = TestDatabase.create();
        db.services().sampleData().load();
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var s = db.services();
        vm = new SpendDashboardViewModel(s.finance(), executor, new SimpleStringProperty("EUR"));
        agenda = new AgendaViewModel(s.finance(), s.renewalReviews(), s.financeExports(), executor,
            new SimpleStringProperty("EUR"));
        TestScenes.show(stage, new javafx.scene.layout.VBox(new SpendDashboardView(vm, id -> { }).root(),
            new AgendaView(agenda, id -> { }).root()), 1280, 1000);
        vm.load();
        agenda.load();
    }

    @Test
    void cardsSayReadingUntilTheFiguresArriveThenShowThem(FxRobot robot) {
        assertThat(value(robot, "#runRateValue")).isEqualTo("Reading…");
        assertThat(value(robot, "#savingsValue")).isEqualTo("Reading…");

        executor.release(robot);

        assertThat(vm.errorProperty().get()).isNullOrEmpty();
        assertThat(value(robot, "#runRateValue")).startsWith("€").doesNotContain("Reading");
        assertThat(value(robot, "#savingsValue")).doesNotContain("Reading");
    }

    @Test
    void figuresAreShownWholeInANarrowWindow(FxRobot robot) {
        executor.release(robot);
        robot.interact(() -> stage.setWidth(760));

        for (String id : new String[] {"#runRateValue", "#savingsValue"}) {
            Label value = robot.lookup(id).queryAs(Label.class);
            assertThat(value.getWidth()).as(id + " \"" + value.getText() + "\"").isGreaterThanOrEqualTo(value.prefWidth(-1));
        }
    }

    @Test
    void aReloadKeepsTheFiguresShownWhileItReads(FxRobot robot) {
        executor.release(robot);
        String shown = value(robot, "#runRateValue");

        robot.interact(vm::load);

        assertThat(value(robot, "#runRateValue")).isEqualTo(shown);
    }

    @Test
    void theAgendaSaysItIsReadingRatherThanThatNothingIsDue(FxRobot robot) {
        Label empty = robot.lookup("#agendaEmpty").queryAs(Label.class);
        assertThat(empty.getText()).isEqualTo("Reading the agenda…");

        executor.release(robot);

        assertThat(empty.getText()).isEqualTo("Nothing expires or renews in the next 90 days.");
        assertThat(agenda.agendaProperty().get().rows()).isNotEmpty();
    }

    private static String value(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Keeps the reads asked for until {@link #release}, then runs them off the FX thread and delivers on it. */
    private static final class HeldExecutor implements TaskExecutor {
        private final List<Callable<Runnable>> held = new ArrayList<>();

        @Override
        public synchronized <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    T result = work.call();
                    return () -> onSuccess.accept(result);
                } catch (Exception e) {
                    return () -> onFailure.accept(e);
                }
            });
        }

        @Override
        public <T> Cancellable executeWithProgress(Function<Progress, T> work, BiConsumer<Long, Long> onProgress,
                                                   Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            throw new UnsupportedOperationException();
        }

        void release(FxRobot robot) {
            List<Callable<Runnable>> now;
            synchronized (this) {
                now = new ArrayList<>(held);
                held.clear();
            }
            for (Callable<Runnable> work : now) {
                Runnable deliver;
                try {
                    deliver = work.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                robot.interact(deliver);
            }
        }
    }
}
