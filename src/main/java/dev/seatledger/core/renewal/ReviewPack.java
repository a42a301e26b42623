package dev.seatledger.core.renewal;

import dev.seatledger.core.finance.MissingRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A renewal review pack: one license, or every license whose expiry or renewal date falls in the next 90 days, with
 * totals in the base currency (amounts without a rate left out and listed in {@code missing}).
 */
public record ReviewPack(String baseCurrency, LocalDate today, LocalDate until, boolean single, List<ReviewItem> items,
                         BigDecimal yearlyBase, BigDecimal dormantYearlyBase, List<MissingRate> missing) {
}
