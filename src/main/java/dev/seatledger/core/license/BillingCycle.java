package dev.seatledger.core.license;

import java.math.BigDecimal;

/** How often the cost recurs, with the factor that turns one period's cost into a yearly figure. */
public enum BillingCycle {
    MONTHLY(new BigDecimal("12")),
    QUARTERLY(new BigDecimal("4")),
    ANNUAL(BigDecimal.ONE),
    BIENNIAL(new BigDecimal("0.5")),
    /** A single perpetual purchase: no recurring cost. */
    ONE_TIME(null),
    /** Irregular schedule: the user enters the yearly figure. */
    CUSTOM(null);

    private final BigDecimal annualFactor;

    BillingCycle(BigDecimal annualFactor) {
        this.annualFactor = annualFactor;
    }

    public BigDecimal annualFactor() {
        return annualFactor;
    }
}
