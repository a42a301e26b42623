package dev.seatledger.core.finance;

import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SeatType;

/** The money-relevant projection of one license, with its review decision when one was recorded. */
public record FinanceLicense(long id, String product, String publisher, String category, String licenseName,
                             String owner, LicenseStatus status, SeatType seatType, Integer seatsTotal, int seatsUsed,
                             String currency, CostTerms terms, int noticeDays, Decision decision, Integer targetSeats,
                             String notes) {
}
