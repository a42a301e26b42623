package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Everything the license page shows; the key only in masked form. */
public record LicenseDetail(
    long id, long productId, String productName, String publisher, String gradeLetter, String riskLevel,
    String name, Integer seatsTotal, int seatsUsed, SeatType seatType,
    BigDecimal costPerSeat, BigDecimal totalCost, BigDecimal derivedPerSeat, BigDecimal derivedTotal,
    BigDecimal customAnnualCost, BigDecimal annualizedCost, String currency, BillingCycle billingCycle,
    LocalDate purchaseDate, LocalDate startDate, LocalDate expiryDate, LocalDate renewalDate,
    boolean autoRenew, int renewalNoticeDays, String businessOwner, boolean hasKey, String maskedKey,
    String purchaseOrder, String invoiceNumber, String edition, String productVersion, String vendor,
    LicenseStatus status, String notes, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
    Instant archivedAt, String archivedBy, String gradeSummary) {

    public boolean archived() {
        return archivedAt != null;
    }

    public String displayName() {
        return name == null ? productName : productName + " — " + name;
    }

    @Override
    public String toString() {
        return "LicenseDetail[" + id + ", " + displayName() + "]";
    }
}
