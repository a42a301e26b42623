package dev.seatledger.core.utilization;

import java.math.BigDecimal;

/** One license in the fill ranking. fill is -1 for unlimited licenses. */
public record LicenseUtilization(long licenseId, String productName, String licenseName, String publisher, int used,
                                 Integer total, double fill, long dormant, BigDecimal savings, String currency,
                                 BigDecimal savingsBase, boolean savesNothing) {
    public String displayName() {
        return licenseName == null ? productName : productName + " — " + licenseName;
    }
}
