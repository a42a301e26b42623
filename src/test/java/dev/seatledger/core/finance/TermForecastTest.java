package dev.seatledger.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.AddSeatsRequest;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.RenewalRequest;
import dev.seatledger.core.license.TermService;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 12-month cash-out forecast (March 2026 to February 2027; today 2026-03-15) places each term at its own price
 * from its own start and each amendment's prorated cost on its date.
 */
class TermForecastTest {
    private TestDatabase db;
    private AppServices s;
    private TermService terms;
    private long product;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        terms = new TermService(s.tx(), db.clock(), s.operator());
        product = s.products().create(ProductDraft.of("Miro", "Miro", null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private Map<YearMonth, BigDecimal> forecast() {
        Map<YearMonth, BigDecimal> out = new TreeMap<>();
        s.finance().dashboard("EUR").forecast().stream().filter(m -> m.amount().signum() != 0)
            .forEach(m -> out.put(m.month(), m.amount()));
        return out;
    }

    @Test
    void anAnnualTermsAmendmentAndItsRenewalArePaidWhenTheyFallDue() {
        long id = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(5).costPerSeat(new BigDecimal("120"))
            .startDate(d("2026-01-01")).expiryDate(d("2026-12-31")).build()).id();
        assertThat(forecast()).as("the year was paid in January").isEmpty();

        terms.addSeats(new AddSeatsRequest(id, 3, d("2026-03-15"), null, null));
        terms.renew(new RenewalRequest(id, null, d("2027-12-31"), 8, new BigDecimal("150"), null, null, null));

        assertThat(forecast()).containsExactly(
            Map.entry(YearMonth.of(2026, 3), new BigDecimal("288.00")),
            Map.entry(YearMonth.of(2027, 1), new BigDecimal("1200.00")));
        assertThat(s.finance().dashboard("EUR").forecastTotal()).isEqualByComparingTo("1488.00");
    }

    @Test
    void aMonthlyLicenseRenewedAtANewPriceAndGrownInItsNextTerm() {
        long id = s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(10)
            .costPerSeat(new BigDecimal("10.00")).billingCycle(BillingCycle.MONTHLY).startDate(d("2025-04-01"))
            .expiryDate(d("2026-03-31")).build()).id();
        terms.renew(new RenewalRequest(id, null, d("2027-03-31"), 12, new BigDecimal("12.00"), null, null, null));
        // 2 × 12.00 × 12 × 290 days (Jun 15 to Mar 31) / 365 days = 228.82
        terms.addSeats(new AddSeatsRequest(id, 2, d("2026-06-15"), null, null));

        Map<YearMonth, BigDecimal> f = forecast();
        assertThat(f.get(YearMonth.of(2026, 3))).as("term 1, 10 × 10.00").isEqualByComparingTo("100.00");
        assertThat(f.get(YearMonth.of(2026, 4))).as("term 2, 12 × 12.00").isEqualByComparingTo("144.00");
        assertThat(f.get(YearMonth.of(2026, 6))).isEqualByComparingTo("372.82");
        assertThat(f.get(YearMonth.of(2027, 2))).isEqualByComparingTo("144.00");
        assertThat(f).hasSize(12);
    }

    @Test
    void aLicenseNeverRenewedOrGrownIsForecastAsBefore() {
        s.licenses().create(LicenseDraft.defaults(product).copy().seatsTotal(4).costPerSeat(new BigDecimal("25"))
            .billingCycle(BillingCycle.QUARTERLY).startDate(d("2025-05-10")).autoRenew(true).build());
        assertThat(forecast()).containsOnlyKeys(YearMonth.of(2026, 5), YearMonth.of(2026, 8), YearMonth.of(2026, 11),
            YearMonth.of(2027, 2));
    }
}
