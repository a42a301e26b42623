package dev.seatledger.core.people;

import java.time.LocalDate;

/** The person form as typed. */
public record PersonDraft(String displayName, String email, String department, String jobTitle, String manager,
                          String employeeId, LocalDate endDate, PersonStatus status, LocalDate lastSignIn) {
    public static PersonDraft of(String name, String email, String department) {
        return new PersonDraft(name, email, department, null, null, null, null, PersonStatus.ACTIVE, null);
    }

    public PersonDraft withStatus(PersonStatus s) {
        return new PersonDraft(displayName, email, department, jobTitle, manager, employeeId, endDate, s, lastSignIn);
    }

    public PersonDraft withEndDate(LocalDate d) {
        return new PersonDraft(displayName, email, department, jobTitle, manager, employeeId, d, status, lastSignIn);
    }

    public PersonDraft withDepartment(String d) {
        return new PersonDraft(displayName, email, d, jobTitle, manager, employeeId, endDate, status, lastSignIn);
    }

    public PersonDraft withLastSignIn(LocalDate d) {
        return new PersonDraft(displayName, email, department, jobTitle, manager, employeeId, endDate, status, d);
    }
}
