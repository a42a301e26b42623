package dev.seatledger.core.people;

import java.time.LocalDate;

/** One line of the People list. */
public record PersonRow(long id, String name, String email, String department, String jobTitle, PersonStatus status,
                        LocalDate endDate, LocalDate lastSignIn, long activeSeats) {
}
