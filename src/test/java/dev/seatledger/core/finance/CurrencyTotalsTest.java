package dev.seatledger.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CurrencyTotalsTest {
    private TestDatabase db;
    private AppServices s;
    private FinanceFixtures f;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        s = db.services();
        f = new FinanceFixtures(s);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void convertsWithTheStoredRateAndLeavesMissingRatesOutAndReported() {
        long design = f.product("Figma", "Figma", "Design");
        long dev = f.product("Jira", "Atlassian", "Development");
        f.create(f.draft(design, "1000.00", "EUR", BillingCycle.ANNUAL));
        f.create(f.draft(dev, "100.00", "USD", BillingCycle.MONTHLY));
        f.create(f.draft(dev, "50000", "JPY", BillingCycle.ANNUAL));
        s.exchangeRates().save("EUR", "usd", new BigDecimal("0.9"), LocalDate.of(2026, 3, 1));

        SpendDashboard d = s.finance().dashboard("EUR");

        BigDecimal usdInEur = new BigDecimal("1200.00").multiply(new BigDecimal("0.9"));
        assertThat(d.runRate()).isEqualByComparingTo(new BigDecimal("1000.00").add(usdInEur));
        assertThat(d.missing()).singleElement().satisfies(m -> {
            assertThat(m.currency()).isEqualTo("JPY");
            assertThat(m.amount()).isEqualByComparingTo("50000");
            assertThat(m.count()).isEqualTo(1);
        });
        assertThat(d.byCategory()).extracting(Slice::name).containsExactlyInAnyOrder("Design", "Development");
        assertThat(d.byCategory()).isSortedAccordingTo(java.util.Comparator.comparing(Slice::amount).reversed());
        assertThat(d.byCategory()).filteredOn(x -> x.name().equals("Development")).singleElement()
            .satisfies(x -> assertThat(x.amount()).isEqualByComparingTo(usdInEur));
        assertThat(d.byPublisher()).extracting(Slice::name).containsExactlyInAnyOrder("Figma", "Atlassian");
    }

    @Test
    void aRateToAnotherBaseDoesNotConvert() {
        long p = f.product("Slack", "Slack", "Communication");
        f.create(f.draft(p, "500.00", "USD", BillingCycle.ANNUAL));
        s.exchangeRates().save("GBP", "USD", new BigDecimal("0.8"), null);

        SpendDashboard eur = s.finance().dashboard("EUR");
        assertThat(eur.runRate()).isEqualByComparingTo("0");
        assertThat(eur.missing()).extracting(MissingRate::currency).containsExactly("USD");

        SpendDashboard gbp = s.finance().dashboard("GBP");
        assertThat(gbp.runRate()).isEqualByComparingTo(new BigDecimal("400.00"));
        assertThat(gbp.missing()).isEmpty();
    }

    @Test
    void savingARateReplacesTheOldOneAndRejectsNonsense() {
        s.exchangeRates().save("EUR", "CHF", new BigDecimal("1.01"), LocalDate.of(2026, 1, 1));
        s.exchangeRates().save("EUR", "CHF", new BigDecimal("1.05"), LocalDate.of(2026, 3, 1));
        assertThat(s.exchangeRates().list("EUR")).singleElement().satisfies(r -> {
            assertThat(r.rate()).isEqualByComparingTo("1.05");
            assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 3, 1));
        });
        assertThatThrownBy(() -> s.exchangeRates().save("EUR", "XYZ", BigDecimal.ONE, null))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> s.exchangeRates().save("EUR", "USD", BigDecimal.ZERO, null))
            .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> s.exchangeRates().save("EUR", "EUR", BigDecimal.ONE, null))
            .isInstanceOf(ValidationException.class);
        s.exchangeRates().delete("EUR", "CHF");
        assertThat(s.exchangeRates().list("EUR")).isEmpty();
    }

    @Test
    void forecastByMonthConvertsEachPaymentAndAddsUpToTheTotal() {
        long p = f.product("GitHub", "GitHub", "Development");
        LocalDate today = db.clock().today();
        f.create(f.draft(p, "210.00", "USD", BillingCycle.MONTHLY).copy().autoRenew(true)
            .startDate(today.minusMonths(3)).build());
        f.create(f.draft(p, "900.00", "EUR", BillingCycle.ANNUAL).withDates(null, today.minusMonths(10), null,
            today.plusMonths(2)).copy().autoRenew(true).build());
        s.exchangeRates().save("EUR", "USD", new BigDecimal("0.92"), null);

        SpendDashboard d = s.finance().dashboard("EUR");

        assertThat(d.forecast()).hasSize(FinanceQuery.FORECAST_MONTHS);
        BigDecimal monthly = new BigDecimal("210.00").multiply(new BigDecimal("0.92")).setScale(2, RoundingMode.HALF_UP);
        assertThat(d.forecast().get(0).amount()).isEqualByComparingTo(monthly);
        assertThat(d.forecast().get(2).amount()).isEqualByComparingTo(monthly.add(new BigDecimal("900.00")));
        BigDecimal sum = d.forecast().stream().map(MonthAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(d.forecastTotal());
        assertThat(d.forecastTotal()).isEqualByComparingTo(monthly.multiply(BigDecimal.valueOf(12)).add(new BigDecimal("900.00")));
    }

    @Test
    void savingsFigureIsAbsentWithoutASourceAndConvertedWithOne() {
        assertThat(s.finance().dashboard("EUR").savings()).isNull();
        s.exchangeRates().save("EUR", "USD", new BigDecimal("0.5"), null);
        FinanceQuery withSavings = new FinanceQuery(s.tx(), db.fixedClock(),
            dormant -> java.util.Map.of("USD", new BigDecimal("200"), "EUR", new BigDecimal("30")), DormantSeatSource.NONE);
        assertThat(withSavings.dashboard("EUR").savings()).isEqualByComparingTo("130.00");
    }
}
