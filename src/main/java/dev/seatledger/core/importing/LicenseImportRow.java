package dev.seatledger.core.importing;

import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One license read from a file, with the seat holder of a checkout row when present. Fields the file does not
 * have are null (the import then applies the same defaults as the license form).
 */
public record LicenseImportRow(int row, String sourceId, String product, String publisher, String category,
                               String licenseName, String edition, String productVersion, SeatType seatType,
                               Integer seats, String key, String vendor, BigDecimal costPerSeat, BigDecimal totalCost,
                               BigDecimal customAnnualCost, String currency, BillingCycle billingCycle,
                               LocalDate purchaseDate, LocalDate startDate, LocalDate expiryDate, LocalDate renewalDate,
                               Boolean autoRenew, Integer noticeDays, String businessOwner, LicenseStatus status,
                               String purchaseOrder, String invoiceNumber, String notes, String holderName,
                               String holderEmail) {
    /**
     * Rows describing the same license (a Snipe-IT export repeats the license on each checkout row). A file with a
     * license id column (a SeatLedger export) tells licenses apart by it.
     */
    String identity() {
        if (sourceId != null) {
            return String.join("\u0001", String.valueOf(product).toLowerCase(), "id", sourceId);
        }
        return String.join("\u0001", String.valueOf(product).toLowerCase(), String.valueOf(licenseName),
            String.valueOf(key), String.valueOf(seats), String.valueOf(purchaseDate), String.valueOf(expiryDate));
    }
}
