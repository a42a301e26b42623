package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What "Renew…" fills in for the next term: the day after the last term's end, the renewal decision's target seats
 * (else the seats the license holds now), and the last term's price with the decision's price change applied: per
 * seat when the last term was priced per seat or the seat count changes, else its total; a custom cycle's yearly
 * figure. The proposed end keeps the last term's length (a three-year deal renews for three years; whole months stay
 * whole months, so a term from 1 March to 28 February renews to the end of February); a term without both dates
 * gives a year, two for a biennial cycle. {@code priceChangePercent} is null when the review recorded none.
 */
public record RenewalProposal(LocalDate start, LocalDate end, Integer seats, BigDecimal perSeat, BigDecimal total,
                             BigDecimal priceChangePercent, String currency, BillingCycle cycle) {
}
