package dev.seatledger.core.people;

/** A person in a picker. */
public record PersonOption(long id, String name, String email, String department) {
    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
