package dev.seatledger.core.recognition;

/**
 * A catalog product as recognition sees it. Archived products ({@code live} false) are matched only by an alias that
 * names them, as they were before recognition.
 */
public record CatalogProduct(long id, String name, String publisher, boolean live) {
    public CatalogProduct(long id, String name, String publisher) {
        this(id, name, publisher, true);
    }
}
