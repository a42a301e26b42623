package dev.seatledger.core.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.finance.SpendDashboard;
import dev.seatledger.testing.SampleDatabase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Utilization view and the spend dashboard show one potential-savings figure for the same dormant seats. */
class OneSavingsFigureTest {
    @RegisterExtension
    static final SampleDatabase SAMPLE = new SampleDatabase();

    @Test
    void utilizationAndTheSpendDashboardAgreeToTheCentOnTheSampleData() {
        var s = SAMPLE.db().services();

        UtilizationSummary utilization = s.utilization().summary();
        SpendDashboard spend = s.finance().dashboard(utilization.baseCurrency());

        assertThat(utilization.totalSavingsBase()).isPositive();
        assertThat(spend.savings()).isEqualByComparingTo(utilization.totalSavingsBase());
        assertThat(spend.savings().scale()).isEqualTo(2);
        assertThat(utilization.totalSavingsBase().scale()).isEqualTo(2);
    }

    @Test
    void theReportsCarryTheSameFigure() {
        var s = SAMPLE.db().services();

        BigDecimal report = s.utilization().report(DormancyFilter.all()).totalSavingsBase();

        assertThat(report).isEqualByComparingTo(s.finance().dashboard("EUR").savings());
    }
}
