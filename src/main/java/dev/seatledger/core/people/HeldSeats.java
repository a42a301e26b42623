package dev.seatledger.core.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * The seats a person holds carry a copy of what sorting, searching and dormancy read about the holder: the
 * name as a sort key (V10), the status, department and last sign-in (V11), the e-mail key (V14), the cost centre
 * (V22). A change to any of them must reach every
 * seat of the person, in the transaction that changes the person.
 */
public final class HeldSeats {
    private HeldSeats() {
    }

    /** What the seats copy from their holder. */
    public record Holder(String nameKey, PersonStatus status, String department, LocalDate signIn, String emailKey,
                         String costCentre) {
        public static Holder of(Person p) {
            return of(p.getDisplayName(), p.getStatus(), p.getDepartment(), p.getLastSignIn(), p.getEmail(),
                p.getCostCentre());
        }

        /** The seat's copy of a holder with these details as stored on the person. */
        public static Holder of(String displayName, PersonStatus status, String department, LocalDate signIn,
                                String email, String costCentre) {
            return new Holder(Person.nameKey(displayName), status, department, signIn, Person.normalizeEmail(email),
                costCentre);
        }

        /**
         * Binds the six facts, in this record's order, to the statement's parameters from {@code first} on: the
         * columns holder_key, holder_status, holder_department, holder_sign_in, holder_email, holder_cost_centre.
         */
        public void bind(PreparedStatement ps, int first) throws SQLException {
            ps.setString(first, nameKey);
            ps.setString(first + 1, status.name());
            ps.setString(first + 2, department);
            if (signIn == null) {
                ps.setNull(first + 3, Types.DATE);
            } else {
                ps.setObject(first + 3, signIn);
            }
            ps.setString(first + 4, emailKey);
            ps.setString(first + 5, costCentre);
        }
    }

    /** Copies the person's current facts onto its seats when they differ from {@code before}. */
    public static void followIfChanged(Session session, Holder before, Person p) {
        Holder now = Holder.of(p);
        if (!Objects.equals(before, now)) {
            follow(session, p.getId(), now);
        }
    }

    private static final String FOLLOW = "update assignment set holder_key = ?, holder_status = ?,"
        + " holder_department = ?, holder_sign_in = ?, holder_email = ?, holder_cost_centre = ? where person_id = ?";

    /**
     * Copies each person's facts onto their seats in one batch of statements on the connection, for imports that
     * change thousands of people: no flush of the session before each statement.
     */
    public static void followAll(Connection c, Map<Long, Holder> holders) throws SQLException {
        if (holders.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(FOLLOW)) {
            for (Map.Entry<Long, Holder> e : holders.entrySet()) {
                e.getValue().bind(ps, 1);
                ps.setLong(7, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Copies the facts onto every seat (active or revoked) of the person. */
    public static void follow(Session session, long personId, Holder h) {
        session.createNativeMutationQuery(FOLLOW)
            .setParameter(1, h.nameKey())
            .setParameter(2, h.status().name())
            .setParameter(3, h.department())
            .setParameter(4, h.signIn(), LocalDate.class)
            .setParameter(5, h.emailKey())
            .setParameter(6, h.costCentre())
            .setParameter(7, personId)
            .executeUpdate();
    }
}
