package dev.seatledger.ui.finance;

import dev.seatledger.core.compliance.ShowbackQuery;
import dev.seatledger.core.renewal.ReviewPackQuery;

/**
 * What the Renewals tab offers beside its own figures: showback on the spend dashboard, the review pack of the licenses
 * renewing in the next 90 days, and "Renew…" on an agenda row. A null part is left out of the tab.
 */
public record RenewalTools(ShowbackQuery showback, ReviewPackQuery packs, RenewAction renew) {
    public static final RenewalTools NONE = new RenewalTools(null, null, null);
}
