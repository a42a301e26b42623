package dev.seatledger.core.catalog;

/** Search text plus optional category and grade; null means "any". */
public record CatalogFilter(String search, String category, String grade, boolean includeArchived) {
    public static CatalogFilter all() {
        return new CatalogFilter(null, null, null, false);
    }
}
