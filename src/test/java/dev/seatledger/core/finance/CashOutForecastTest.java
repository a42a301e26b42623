package dev.seatledger.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.license.BillingCycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CashOutForecastTest {
    private static final BigDecimal PERIOD = new BigDecimal("1200.00");
    private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

    private static CostTerms terms(BillingCycle cycle, LocalDate start, LocalDate expiry, LocalDate renewal,
                                   boolean autoRenew) {
        return new CostTerms(cycle, PERIOD, cycle == BillingCycle.CUSTOM ? new BigDecimal("1000.00") : null,
            start, start, expiry, renewal, autoRenew);
    }

    private static List<LocalDate> dates(List<Payment> payments) {
        return payments.stream().map(Payment::date).toList();
    }

    private static BigDecimal sum(List<Payment> payments) {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @ParameterizedTest
    @EnumSource(BillingCycle.class)
    void annualizationFollowsTheCycleFactor(BillingCycle cycle) {
        CostTerms t = terms(cycle, LocalDate.of(2025, 1, 1), null, null, true);
        BigDecimal annual = t.annualized();
        switch (cycle) {
            case ONE_TIME -> assertThat(annual).isNull();
            case CUSTOM -> assertThat(annual).isEqualByComparingTo(t.customAnnual());
            default -> assertThat(annual).isEqualByComparingTo(PERIOD.multiply(cycle.annualFactor()));
        }
    }

    @ParameterizedTest
    @EnumSource(value = BillingCycle.class, names = {"MONTHLY", "QUARTERLY", "ANNUAL", "CUSTOM"})
    void twelveMonthsOfARunningLicensePayItsAnnualizedCost(BillingCycle cycle) {
        CostTerms t = terms(cycle, LocalDate.of(2024, 5, 10), null, null, true);
        List<Payment> p = CashOutForecast.payments(t, MARCH_2026, 12);
        assertThat(sum(p)).isEqualByComparingTo(t.annualized());
        assertThat(p).allSatisfy(x -> assertThat(YearMonth.from(x.date())).isBetween(MARCH_2026, MARCH_2026.plusMonths(11)));
    }

    @Test
    void monthlyPaysEveryMonthOnTheAnchorDay() {
        List<Payment> p = CashOutForecast.payments(terms(BillingCycle.MONTHLY, LocalDate.of(2025, 6, 12), null, null, true),
            MARCH_2026, 12);
        assertThat(p).hasSize(12);
        assertThat(p).allSatisfy(x -> {
            assertThat(x.date().getDayOfMonth()).isEqualTo(12);
            assertThat(x.amount()).isEqualByComparingTo(PERIOD);
        });
    }

    @Test
    void monthlyFromJanuary31PaysOnEachMonthsLastDayWithoutDrifting() {
        CostTerms t = terms(BillingCycle.MONTHLY, LocalDate.of(2027, 1, 31), null, null, true);
        List<LocalDate> d = dates(CashOutForecast.payments(t, YearMonth.of(2027, 1), 4));
        assertThat(d).containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
            LocalDate.of(2027, 4, 30));
        List<LocalDate> leap = dates(CashOutForecast.payments(
            terms(BillingCycle.MONTHLY, LocalDate.of(2028, 1, 31), null, null, true), YearMonth.of(2028, 2), 2));
        assertThat(leap).containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
    }

    @Test
    void quarterlyPaysEveryThreeMonths() {
        List<LocalDate> d = dates(CashOutForecast.payments(
            terms(BillingCycle.QUARTERLY, LocalDate.of(2025, 2, 20), null, null, true), MARCH_2026, 12));
        assertThat(d).containsExactly(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 8, 20), LocalDate.of(2026, 11, 20),
            LocalDate.of(2027, 2, 20));
    }

    @Test
    void annualPaysOnTheRenewalDateAndItsAnniversary() {
        CostTerms t = terms(BillingCycle.ANNUAL, LocalDate.of(2025, 9, 1), null, LocalDate.of(2026, 9, 1), true);
        assertThat(dates(CashOutForecast.payments(t, MARCH_2026, 12))).containsExactly(LocalDate.of(2026, 9, 1));
        assertThat(dates(CashOutForecast.payments(t, MARCH_2026, 24)))
            .containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 1));
    }

    @Test
    void annualWithoutRenewalDateUsesTheStartAnniversary() {
        CostTerms t = terms(BillingCycle.ANNUAL, LocalDate.of(2023, 7, 4), null, null, true);
        assertThat(dates(CashOutForecast.payments(t, MARCH_2026, 12))).containsExactly(LocalDate.of(2026, 7, 4));
    }

    @Test
    void leapDayAnniversaryFallsOnFebruary28InOtherYearsAndBackOn29() {
        CostTerms t = terms(BillingCycle.ANNUAL, LocalDate.of(2024, 2, 29), null, null, true);
        assertThat(dates(CashOutForecast.payments(t, YearMonth.of(2026, 1), 12))).containsExactly(LocalDate.of(2026, 2, 28));
        assertThat(dates(CashOutForecast.payments(t, YearMonth.of(2028, 1), 12))).containsExactly(LocalDate.of(2028, 2, 29));
    }

    @Test
    void biennialPaysEveryOtherYearOnly() {
        CostTerms t = terms(BillingCycle.BIENNIAL, LocalDate.of(2025, 6, 1), null, null, true);
        assertThat(CashOutForecast.payments(t, MARCH_2026, 12)).isEmpty();
        List<Payment> next = CashOutForecast.payments(t, YearMonth.of(2027, 1), 12);
        assertThat(dates(next)).containsExactly(LocalDate.of(2027, 6, 1));
        assertThat(next.get(0).amount()).isEqualByComparingTo(PERIOD);
        assertThat(t.annualized()).isEqualByComparingTo(PERIOD.divide(BigDecimal.valueOf(2)));
    }

    @Test
    void oneTimePaysOnlyInItsPurchaseMonth() {
        CostTerms t = new CostTerms(BillingCycle.ONE_TIME, PERIOD, null, LocalDate.of(2026, 4, 9),
            LocalDate.of(2026, 4, 20), null, null, false);
        List<Payment> p = CashOutForecast.payments(t, MARCH_2026, 12);
        assertThat(p).containsExactly(new Payment(LocalDate.of(2026, 4, 9), PERIOD));
        assertThat(CashOutForecast.payments(t, YearMonth.of(2026, 5), 12)).isEmpty();
    }

    @Test
    void customSpreadsTheYearlyFigureOverTwelveMonthsToTheCent() {
        CostTerms t = new CostTerms(BillingCycle.CUSTOM, null, new BigDecimal("1000.00"), null,
            LocalDate.of(2025, 11, 3), null, null, true);
        List<Payment> p = CashOutForecast.payments(t, MARCH_2026, 12);
        assertThat(p).hasSize(12);
        assertThat(sum(p)).isEqualByComparingTo("1000.00");
        assertThat(p).allSatisfy(x -> assertThat(x.amount()).isBetween(new BigDecimal("83.33"), new BigDecimal("83.34")));
    }

    @Test
    void withoutAutoRenewPaymentsStopAtExpiry() {
        CostTerms t = terms(BillingCycle.MONTHLY, LocalDate.of(2025, 1, 5), LocalDate.of(2026, 6, 5), null, false);
        assertThat(dates(CashOutForecast.payments(t, MARCH_2026, 12)))
            .containsExactly(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 5, 5));
        CostTerms renewing = terms(BillingCycle.MONTHLY, LocalDate.of(2025, 1, 5), LocalDate.of(2026, 6, 5), null, true);
        assertThat(CashOutForecast.payments(renewing, MARCH_2026, 12)).hasSize(12);
    }

    @Test
    void nothingIsPaidBeforeTheLicenseStarts() {
        CostTerms t = terms(BillingCycle.MONTHLY, LocalDate.of(2026, 10, 15), null, null, true);
        assertThat(dates(CashOutForecast.payments(t, MARCH_2026, 12))).first().isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(CashOutForecast.payments(t, MARCH_2026, 12)).hasSize(5);
    }
}
