package dev.seatledger.core.license;

import java.util.List;

/** The Licenses list for one request: rows, matching total, chip and saved-filter counts, empty inventory. */
public record LicenseListing(List<LicenseRow> rows, long matching, LicenseCounts counts, boolean inventoryEmpty) {
}
