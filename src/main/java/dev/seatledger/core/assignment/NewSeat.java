package dev.seatledger.core.assignment;

import dev.seatledger.core.people.HeldSeats;
import dev.seatledger.core.people.Person;
import java.time.Instant;

/**
 * A seat as it is inserted: its license and holder, the details typed for it, who issued it and when, and the
 * holder's facts the seat keeps a copy of (see {@link HeldSeats}).
 */
public record NewSeat(long licenseId, long personId, String accessLevel, String accountIdentifier, String notes,
                      Instant assignedAt, String assignedBy, HeldSeats.Holder holder) {

    /** A seat of the license for a person whose row is written already (it has its id). */
    public static NewSeat of(long licenseId, Person holder, AssignmentDraft details, Instant at, String by) {
        return new NewSeat(licenseId, holder.getId(), details.accessLevel(), details.accountIdentifier(),
            details.notes(), at, by, HeldSeats.Holder.of(holder));
    }
}
