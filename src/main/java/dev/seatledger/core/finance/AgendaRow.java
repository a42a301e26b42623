package dev.seatledger.core.finance;

import dev.seatledger.core.license.LicenseStatus;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * One date on the renewals agenda: a license's expiry or renewal date with what it costs a year (in its
 * currency and, when a rate is known, in the base currency) and the review decision.
 */
public record AgendaRow(long licenseId, AgendaKind kind, LocalDate date, String product, String licenseName,
                        String owner, LicenseStatus status, boolean autoRenew, int noticeDays,
                        BigDecimal cost, String currency, BigDecimal costBase,
                        Integer seatsTotal, int seatsUsed, Integer suggestedSeats,
                        Decision decision, Integer targetSeats, String notes) {

    public String displayName() {
        return licenseName == null || licenseName.isBlank() ? product : product + " — " + licenseName;
    }

    public boolean overdue(LocalDate today) {
        return date.isBefore(today);
    }

    /** Monday of the row's week: the agenda groups by ISO week. */
    public LocalDate weekStart() {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public Decision decisionOrUndecided() {
        return decision == null ? Decision.UNDECIDED : decision;
    }
}
