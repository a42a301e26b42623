package dev.seatledger.ui.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The term dialogs show amounts as the window's language writes them and read back what they showed. */
class TermInputTest {
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static BigDecimal readBack(String shown) {
        Map<String, String> problems = new HashMap<>();
        BigDecimal v = TermInput.amount("perSeat", "Per seat", shown, problems);
        assertThat(problems).isEmpty();
        return v;
    }

    @Test
    void germanShowsADecimalCommaAndReadsItBack() {
        Locale.setDefault(Locale.GERMANY);
        assertThat(TermInput.shown(new BigDecimal("1200.5"))).isEqualTo("1.200,50");
        assertThat(TermInput.shown(new BigDecimal("89.994"))).isEqualTo("89,99");
        assertThat(readBack(TermInput.shown(new BigDecimal("1200.5")))).isEqualByComparingTo("1200.50");
    }

    @Test
    void englishShowsADecimalPointAndReadsItBack() {
        Locale.setDefault(Locale.US);
        assertThat(TermInput.shown(new BigDecimal("1200.5"))).isEqualTo("1,200.50");
        assertThat(TermInput.shown(null)).isEmpty();
        assertThat(readBack(TermInput.shown(new BigDecimal("1200.5")))).isEqualByComparingTo("1200.50");
        assertThat(readBack("89,99")).as("a comma typed by a German hand").isEqualByComparingTo("89.99");
    }
}
