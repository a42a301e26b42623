package dev.seatledger.core.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A person leaving soon (or already gone) who still holds seats to revoke, with their annual cost per currency. */
public record OffboardingRow(long personId, String name, String department, LocalDate endDate, long seats,
                             Map<String, BigDecimal> annualCostByCurrency) {
}
