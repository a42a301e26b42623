package dev.seatledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Device and application counts in the Utilization tables read with their digits grouped. */
class LabelsTest {
    @Test
    void countsAreGroupedAsTheUsersLocaleGroupsThem() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertThat(Labels.count(10_000)).isEqualTo("10,000");
            assertThat(Labels.count(7)).isEqualTo("7");
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            assertThat(Labels.count(1_389)).isEqualTo("1.389");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
