package dev.seatledger.core.catalog;

/** A product in a picker. */
public record ProductOption(long id, String name, String publisher) {
    @Override
    public String toString() {
        return name;
    }
}
