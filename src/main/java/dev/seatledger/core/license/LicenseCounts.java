package dev.seatledger.core.license;

import java.util.Map;

/** Live counts for the status chips (following search + saved filter) and the saved filters (search + chip). */
public record LicenseCounts(long all, Map<LicenseStatus, Long> byStatus, Map<SavedFilter, Long> bySavedFilter) {
    public long status(LicenseStatus s) {
        return byStatus.getOrDefault(s, 0L);
    }

    public long saved(SavedFilter f) {
        return bySavedFilter.getOrDefault(f, 0L);
    }
}
