package dev.seatledger.core.people;

import org.hibernate.Session;

/** The seats a person holds carry the holder's name as a sort key; a rename must reach them. */
public final class HeldSeats {
    private HeldSeats() {
    }

    /** Sets the holder sort key of every seat of the person to the new name, in the caller's transaction. */
    public static void followRename(Session session, long personId, String displayName) {
        session.createMutationQuery("update Assignment a set a.holderKey = :k where a.person.id = :p")
            .setParameter("k", Person.nameKey(displayName))
            .setParameter("p", personId)
            .executeUpdate();
    }
}
