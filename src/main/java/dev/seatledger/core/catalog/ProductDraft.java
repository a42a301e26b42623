package dev.seatledger.core.catalog;

/** What the user typed in the product form. */
public record ProductDraft(String name, String publisher, String category, String website, String notes) {
    public static ProductDraft of(String name, String publisher, String category) {
        return new ProductDraft(name, publisher, category, null, null);
    }
}
