package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The next term of a license as asked for. Only the end is required: the start defaults to the day after the last
 * term's end, the seats and price to the renewal decision's target seats and price change applied to the last term
 * ({@link TermService#proposal}). A per-seat price and a total may both be given, as on the license form.
 */
public record RenewalRequest(long licenseId, LocalDate start, LocalDate end, Integer seats, BigDecimal perSeat,
                             BigDecimal total, String purchaseOrder, String invoiceNumber) {
}
