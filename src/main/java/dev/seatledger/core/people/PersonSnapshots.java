package dev.seatledger.core.people;

import dev.seatledger.core.history.FieldDiff;

/** The fields of a person as history compares them. */
public final class PersonSnapshots {
    private PersonSnapshots() {
    }

    public static FieldDiff of(Person p) {
        return PersonService.snapshot(p);
    }
}
