package dev.seatledger.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1250|1250", "1,250.00|1250.00", "1.250,00|1250.00", "$79.66|79.66", "€ 12,5|12.5",
        "1 250,00 EUR|1250.00", "USD 15|15", "0.99|0.99", "2,000|2000", "12,75|12.75", "-3.50|-3.50",
        "1,234,567.89|1234567.89", "£1,000|1000"})
    void readsAmountsAsToolsWriteThem(String text, String expected) {
        assertThat(Amounts.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12a", "--", "1.2.3,4,5x"})
    void rejectsText(String text) {
        assertThat(Amounts.parse(text)).isEmpty();
    }
}
