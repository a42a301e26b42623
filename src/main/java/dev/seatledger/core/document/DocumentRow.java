package dev.seatledger.core.document;

import java.time.Instant;

/** One line of a license's Documents table. */
public record DocumentRow(long id, long licenseId, String fileName, DocumentKind kind, String mediaType,
                          long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy, boolean archived) {
}
