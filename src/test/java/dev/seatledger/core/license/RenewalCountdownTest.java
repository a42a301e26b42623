package dev.seatledger.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RenewalCountdownTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void amberInsideTheLicensesOwnNoticeWindow() {
        assertThat(RenewalCountdown.of(TODAY.plusDays(12), 30, TODAY))
            .isEqualTo(new RenewalCountdown(RenewalCountdown.Level.AMBER, "renews in 12 days"));
        assertThat(RenewalCountdown.of(TODAY.plusDays(30), 30, TODAY).level()).isEqualTo(RenewalCountdown.Level.AMBER);
        assertThat(RenewalCountdown.of(TODAY.plusDays(31), 30, TODAY)).isEqualTo(RenewalCountdown.NONE);
        assertThat(RenewalCountdown.of(TODAY.plusDays(45), 60, TODAY).level()).isEqualTo(RenewalCountdown.Level.AMBER);
        assertThat(RenewalCountdown.of(TODAY, 0, TODAY).text()).isEqualTo("renews today");
        assertThat(RenewalCountdown.of(TODAY.plusDays(1), 30, TODAY).text()).isEqualTo("renews in 1 day");
    }

    @Test
    void redOncePastExpiry() {
        assertThat(RenewalCountdown.of(TODAY.minusDays(3), 30, TODAY))
            .isEqualTo(new RenewalCountdown(RenewalCountdown.Level.RED, "expired 3 days ago"));
        assertThat(RenewalCountdown.of(TODAY.minusDays(1), 30, TODAY).text()).isEqualTo("expired 1 day ago");
        assertThat(RenewalCountdown.of(null, 30, TODAY)).isEqualTo(RenewalCountdown.NONE);
    }
}
