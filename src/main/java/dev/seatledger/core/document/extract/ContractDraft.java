package dev.seatledger.core.document.extract;

import dev.seatledger.core.license.LicenseDraft;

/** A license draft read from a contract, for the user to review; {@code productCreated} when the catalog grew. */
public record ContractDraft(long productId, String productName, boolean productCreated, LicenseDraft draft,
                            Extraction extraction) {
}
