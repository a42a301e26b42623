package dev.seatledger.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.testing.HeldTaskExecutor;
import dev.seatledger.testing.SampleDatabase;
import dev.seatledger.testing.TestScenes;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opening the Renewals tab reads every license's dormant seats once for the dashboard's savings, its largest
 * renewals, the agenda's suggested targets and the calendar (a few hundred milliseconds each on a large inventory).
 */
@ExtendWith(ApplicationExtension.class)
class RenewalsSharedReadsTest {
    @RegisterExtension
    static final SampleDatabase SAMPLE = new SampleDatabase();
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private final AtomicInteger dormantReads = new AtomicInteger();
    private RenewalsSection section;

    @Start
    void start(Stage stage) {
        AppServices s = SAMPLE.db().services();
        FinanceQuery counted = new FinanceQuery(s.tx(), SAMPLE.db().fixedClock(),
            dormant -> s.utilization().savingsByCurrency(dormant), () -> {
                dormantReads.incrementAndGet();
                return s.utilization().dormantCountsByLicense();
            });
        section = new RenewalsSection(counted, s.renewalReviews(), s.exchangeRates(), s.financeExports(), executor,
            new MapPreferences(), id -> { });
        TestScenes.show(stage, (javafx.scene.Parent) section.root(), 1280, 860);
    }

    @Test
    void theTabsPanesReadTheDormantSeatsOnceBetweenThem(FxRobot robot) {
        robot.interact(section::refresh);
        executor.release(robot);

        assertThat(section.dashboardViewModel().dashboardProperty().get().savings())
            .as("the sample data has dormant seats with a cost").isPositive();
        assertThat(section.agendaViewModel().agendaProperty().get().rows()).isNotEmpty();
        assertThat(dormantReads).hasValue(1);

        robot.interact(section::refresh);
        executor.release(robot);

        assertThat(dormantReads).as("a later refresh reads again").hasValue(2);
    }

    @Test
    void theDashboardsSavingsAreTheUtilizationTabsTotal(FxRobot robot) {
        robot.interact(section::refresh);
        executor.release(robot);

        BigDecimal shown = section.dashboardViewModel().dashboardProperty().get().savings();
        BigDecimal utilizationTotal = SAMPLE.db().services().utilization().summary().totalSavingsBase();
        assertThat(utilizationTotal).isPositive();
        // converted per license there, per currency here: the two may differ by rounding only
        assertThat(shown).isCloseTo(utilizationTotal, within(new BigDecimal("0.05")));
    }
}
