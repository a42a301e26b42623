package dev.seatledger.core.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which file header feeds which license field. Presets for Snipe-IT's licenses export; {@link #guess}
 * matches any CSV's headers by common names (the mapping preview lets the user change them).
 */
public record LicenseColumns(Map<String, String> byField) {
    public static final List<String> FIELDS = List.of("product", "publisher", "category", "licenseName", "seats", "key",
        "vendor", "purchaseDate", "totalCost", "expiryDate", "purchaseOrder", "invoiceNumber", "notes", "holderName",
        "holderEmail", "sourceId", "edition", "productVersion", "seatType", "costPerSeat", "customAnnualCost", "currency",
        "billingCycle", "startDate", "renewalDate", "autoRenew", "noticeDays", "businessOwner", "status");

    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
        Map.entry("product", List.of("Item Name", "Product", "Software", "Name", "Application")),
        Map.entry("publisher", List.of("Manufacturer", "Publisher", "Vendor Name")),
        Map.entry("category", List.of("Category")),
        Map.entry("licenseName", List.of("License Name", "Licensed to Name")),
        Map.entry("seats", List.of("Seats", "Seats Total", "Quantity", "Licenses")),
        Map.entry("key", List.of("Serial Number", "Serial", "Product Key", "License Key")),
        Map.entry("vendor", List.of("Supplier", "Reseller", "Vendor")),
        Map.entry("purchaseDate", List.of("Purchase Date")),
        Map.entry("totalCost", List.of("Purchase Cost", "Total Cost", "Cost")),
        Map.entry("expiryDate", List.of("Expiration Date", "Expiry Date", "Expires", "End Date")),
        Map.entry("purchaseOrder", List.of("Purchase Order", "PO", "Order Number")),
        Map.entry("invoiceNumber", List.of("Invoice Number", "Invoice", "Order Number")),
        Map.entry("notes", List.of("Notes", "Comments")),
        Map.entry("holderName", List.of("Full Name", "Checked Out To", "Assigned To")),
        Map.entry("holderEmail", List.of("Email", "User Email", "Assigned To Email")),
        Map.entry("sourceId", List.of("License ID", "SeatLedger ID")),
        Map.entry("edition", List.of("Edition", "Plan", "Tier")),
        Map.entry("productVersion", List.of("Version", "Product Version")),
        Map.entry("seatType", List.of("Seat Type", "License Type")),
        Map.entry("costPerSeat", List.of("Cost per Seat", "Price per Seat", "Unit Cost", "Unit Price")),
        Map.entry("customAnnualCost", List.of("Custom Annual Cost", "Yearly Cost")),
        Map.entry("currency", List.of("Currency")),
        Map.entry("billingCycle", List.of("Billing Cycle", "Billing Period", "Billing")),
        Map.entry("startDate", List.of("Start Date")),
        Map.entry("renewalDate", List.of("Renewal Date", "Next Renewal")),
        Map.entry("autoRenew", List.of("Auto Renew", "Auto-renew", "Auto Renewal")),
        Map.entry("noticeDays", List.of("Notice Days", "Renewal Notice Days")),
        Map.entry("businessOwner", List.of("Business Owner", "Owner")),
        Map.entry("status", List.of("Status", "License Status")));

    public static LicenseColumns snipeIt() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("product", "Item Name");
        m.put("publisher", "Manufacturer");
        m.put("category", "Category");
        m.put("seats", "Seats");
        m.put("key", "Serial Number");
        m.put("vendor", "Supplier");
        m.put("purchaseDate", "Purchase Date");
        m.put("totalCost", "Purchase Cost");
        m.put("expiryDate", "Expiration Date");
        m.put("purchaseOrder", "Purchase Order");
        m.put("invoiceNumber", "Order Number");
        m.put("notes", "Notes");
        m.put("holderName", "Full Name");
        m.put("holderEmail", "Email");
        return new LicenseColumns(m);
    }

    /** Matches the file's headers to fields by common names. */
    public static LicenseColumns guess(List<String> headers) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String field : FIELDS) {
            for (String candidate : SYNONYMS.getOrDefault(field, List.of())) {
                headers.stream().filter(h -> CsvTable.key(h).equals(CsvTable.key(candidate))
                        && !m.containsValue(h)).findFirst()
                    .ifPresent(h -> m.putIfAbsent(field, h));
            }
        }
        return new LicenseColumns(m);
    }

    String header(String field) {
        return byField.get(field);
    }
}
