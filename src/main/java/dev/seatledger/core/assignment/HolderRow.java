package dev.seatledger.core.assignment;

import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageSource;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One holder of a license seat on the View all users page. {@code lastUsed} is the seat's last use (the latest real
 * evidence), {@code lastUseSource} where it came from (the login proxy when there is none) and {@code lastUseFormat}
 * the file that showed an SSO or vendor use.
 */
public record HolderRow(long assignmentId, long personId, String name, String email, String department,
                        PersonStatus personStatus, String accessLevel, String accountIdentifier, Instant assignedAt,
                        String assignedBy, LocalDate lastSignIn, LocalDate lastUsed, boolean inactive,
                        UsageSource lastUseSource, UsageFormat lastUseFormat) {
}
