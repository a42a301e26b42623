package dev.seatledger.core.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One license read from a file, with the seat holder of a checkout row when present. */
public record LicenseImportRow(int row, String product, String publisher, String category, String licenseName,
                               Integer seats, String key, String vendor, LocalDate purchaseDate, BigDecimal totalCost,
                               LocalDate expiryDate, String purchaseOrder, String invoiceNumber, String notes,
                               String holderName, String holderEmail) {
    /** Rows describing the same license (a Snipe-IT export repeats the license on each checkout row). */
    String identity() {
        return String.join("\u0001", String.valueOf(product).toLowerCase(), String.valueOf(licenseName),
            String.valueOf(key), String.valueOf(seats), String.valueOf(purchaseDate), String.valueOf(expiryDate));
    }
}
