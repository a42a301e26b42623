package dev.seatledger.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Seats added inside a term cost their yearly price × the days left / the days of the term (PRODUCT.md 14). */
class ProrationTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static BigDecimal cost(int seats, String price, BillingCycle cycle, String from, String start, String end) {
        return Proration.cost(seats, new BigDecimal(price), cycle, d(from), d(start), d(end));
    }

    @Test
    void aLeapYearTermHas366DaysAndItsLastDayCountsOnce() {
        // 10 seats × 366.00 a year: one day of 366 is exactly 10.00
        assertThat(cost(10, "366.00", BillingCycle.ANNUAL, "2028-12-31", "2028-01-01", "2028-12-31"))
            .isEqualByComparingTo("10.00");
        // from Feb 29 to Dec 31 inclusive: 307 days of 366
        assertThat(cost(1, "366.00", BillingCycle.ANNUAL, "2028-02-29", "2028-01-01", "2028-12-31"))
            .isEqualByComparingTo("307.00");
        // the same dates a year earlier: 365 days, from Mar 1 306 days
        assertThat(cost(1, "365.00", BillingCycle.ANNUAL, "2027-03-01", "2027-01-01", "2027-12-31"))
            .isEqualByComparingTo("306.00");
    }

    @Test
    void fromTheFirstDayTheWholeYearIsPaid() {
        assertThat(cost(5, "120.00", BillingCycle.ANNUAL, "2026-04-01", "2026-04-01", "2027-03-31"))
            .isEqualByComparingTo("600.00");
    }

    @Test
    void aMonthlyPriceIsAnnualizedBeforeItIsProrated() {
        // 3 seats × 10.00 a month × 12 = 360.00 a year; Jan 31 to Dec 31 is 335 of 365 days → 330.41
        assertThat(cost(3, "10.00", BillingCycle.MONTHLY, "2026-01-31", "2026-01-01", "2026-12-31"))
            .isEqualByComparingTo("330.41");
        // a quarterly price × 4; the last day of a 30-day month to the end of a term ending on Feb 28
        assertThat(cost(2, "25.00", BillingCycle.QUARTERLY, "2026-11-30", "2026-03-01", "2027-02-28"))
            .isEqualByComparingTo("49.86");
    }

    @Test
    void biennialPricesAreHalvedAndCustomPricesAreYearly() {
        assertThat(cost(1, "730.00", BillingCycle.BIENNIAL, "2026-01-01", "2026-01-01", "2026-12-31"))
            .isEqualByComparingTo("365.00");
        assertThat(cost(4, "91.25", BillingCycle.CUSTOM, "2026-07-02", "2026-01-01", "2026-12-31"))
            .isEqualByComparingTo("183.00");
    }

    @Test
    void aOneTimePurchaseIsNotProrated() {
        assertThat(cost(3, "49.99", BillingCycle.ONE_TIME, "2026-12-30", "2026-01-01", "2026-12-31"))
            .isEqualByComparingTo("149.97");
    }

    @Test
    void amountsKeepTheirOwnCurrencyAndRoundOnlyAtTheEnd() {
        // 7 seats × 1,234.5678 JPY a month: 103,703.6952 a year × 200 / 365 days = 56,823.9426… → 56,823.94
        assertThat(cost(7, "1234.5678", BillingCycle.MONTHLY, "2026-06-15", "2026-01-01", "2026-12-31"))
            .isEqualByComparingTo("56823.94");
    }
}
