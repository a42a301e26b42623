package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Seats to add to a license from a day; the price per seat per billing cycle defaults to the term's. */
public record AddSeatsRequest(long licenseId, int seats, LocalDate from, BigDecimal perSeat, String purchaseOrder) {
}
