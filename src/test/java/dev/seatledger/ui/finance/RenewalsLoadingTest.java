package dev.seatledger.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.HeldTaskExecutor;
import dev.seatledger.testing.SampleDatabase;
import dev.seatledger.testing.TestScenes;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While the spend figures and the agenda are being read (seconds on a large inventory), the cards and the agenda say
 * so instead of standing empty or saying that nothing is due.
 */
@ExtendWith(ApplicationExtension.class)
class RenewalsLoadingTest {
    @RegisterExtension
    static final SampleDatabase SAMPLE = new SampleDatabase();
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private SpendDashboardViewModel vm;
    private AgendaViewModel agenda;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var s = SAMPLE.db().services();
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

        robot.interact(() -> vm.load());

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
}
