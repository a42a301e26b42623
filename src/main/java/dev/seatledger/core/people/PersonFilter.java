package dev.seatledger.core.people;

/** Search text, department and status for the People list; null means any. */
public record PersonFilter(String search, String department, PersonStatus status) {
    public static PersonFilter all() {
        return new PersonFilter(null, null, null);
    }
}
