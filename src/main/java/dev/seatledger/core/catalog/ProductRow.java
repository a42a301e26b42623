package dev.seatledger.core.catalog;

/** One line of the catalog list: a projection, never an entity graph. */
public record ProductRow(long id, String name, String publisher, String category, String gradeLetter,
                         String riskLevel, long licenseCount, long totalSeats, boolean archived,
                         String gradeSummary) {
}
