package dev.seatledger.core.license;

/** What the Licenses list asks for: search text, a status chip, a saved filter, sort, a row limit. */
public record LicenseListRequest(String search, LicenseStatus status, SavedFilter savedFilter, boolean showArchived,
                                 LicenseSort sort, boolean ascending, int limit) {
    public static final int DEFAULT_LIMIT = 5000;

    public static LicenseListRequest all() {
        return new LicenseListRequest(null, null, null, false, LicenseSort.PRODUCT, true, DEFAULT_LIMIT);
    }

    public LicenseListRequest withSearch(String s) {
        return new LicenseListRequest(s, status, savedFilter, showArchived, sort, ascending, limit);
    }

    public LicenseListRequest withStatus(LicenseStatus s) {
        return new LicenseListRequest(search, s, savedFilter, showArchived, sort, ascending, limit);
    }

    public LicenseListRequest withSavedFilter(SavedFilter f) {
        return new LicenseListRequest(search, status, f, showArchived, sort, ascending, limit);
    }

    public LicenseListRequest withArchived(boolean a) {
        return new LicenseListRequest(search, status, savedFilter, a, sort, ascending, limit);
    }

    public LicenseListRequest sortedBy(LicenseSort s, boolean asc) {
        return new LicenseListRequest(search, status, savedFilter, showArchived, s, asc, limit);
    }
}
