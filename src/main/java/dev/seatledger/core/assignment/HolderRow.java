package dev.seatledger.core.assignment;

import dev.seatledger.core.people.PersonStatus;
import java.time.Instant;
import java.time.LocalDate;

/** One holder of a license seat on the View all users page. */
public record HolderRow(long assignmentId, long personId, String name, String email, String department,
                        PersonStatus personStatus, String accessLevel, String accountIdentifier, Instant assignedAt,
                        String assignedBy, LocalDate lastSignIn, LocalDate lastUsed, boolean inactive) {
}
