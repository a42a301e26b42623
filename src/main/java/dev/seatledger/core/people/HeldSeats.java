package dev.seatledger.core.people;

import dev.seatledger.core.common.IdChunks;
import dev.seatledger.core.seatgroup.LicenseLocks;
import dev.seatledger.core.seatgroup.SeatGroupCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
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

    private static final String SET = "update assignment set holder_key = ?, holder_status = ?,"
        + " holder_department = ?, holder_sign_in = ?, holder_email = ?, holder_cost_centre = ?";
    private static final String FOLLOW_REVOKED = SET + " where person_id = ? and revoked_at is not null";
    private static final String FOLLOW_ACTIVE = SET + " where id = ?";

    /** An active seat as it is before its holder's facts follow. */
    private record ActiveSeat(long id, long personId, long licenseId, String department, String costCentre) {
    }

    /**
     * Copies each person's facts onto their seats in batches of statements on the connection, for imports that
     * change thousands of people: no flush of the session before each statement. The licenses of their active seats
     * are locked first, all at once and in license id order like every writer of seats, then the people are taken
     * {@value IdChunks#SIZE} at a time and their active seats move between holder groups in seat_group_count as
     * their copies change. A seat issued to one of them after the licenses were read keeps the copy and the count
     * it was issued with.
     */
    public static void followAll(Connection c, Map<Long, Holder> holders) throws SQLException {
        if (holders.isEmpty()) {
            return;
        }
        SortedSet<Long> licenses = new TreeSet<>(IdChunks.select(c,
            "select license_id from assignment where revoked_at is null and person_id in (%s)", holders.keySet()));
        LicenseLocks.lock(c, licenses);
        SeatGroupCounts counts = new SeatGroupCounts();
        try (PreparedStatement revoked = c.prepareStatement(FOLLOW_REVOKED);
             PreparedStatement active = c.prepareStatement(FOLLOW_ACTIVE)) {
            for (List<Long> part : IdChunks.chunks(holders.keySet())) {
                for (long personId : part) {
                    holders.get(personId).bind(revoked, 1);
                    revoked.setLong(7, personId);
                    revoked.addBatch();
                }
                for (ActiveSeat seat : activeSeats(c, part)) {
                    if (!licenses.contains(seat.licenseId())) {
                        continue;
                    }
                    Holder h = holders.get(seat.personId());
                    h.bind(active, 1);
                    active.setLong(7, seat.id());
                    active.addBatch();
                    counts.move(seat.licenseId(), seat.department(), seat.costCentre(), h.department(), h.costCentre(),
                        1);
                }
                revoked.executeBatch();
                active.executeBatch();
            }
        }
        counts.write(c);
    }

    private static List<ActiveSeat> activeSeats(Connection c, List<Long> personIds) throws SQLException {
        List<ActiveSeat> out = new ArrayList<>();
        try (PreparedStatement ps = IdChunks.prepare(c, "select id, person_id, license_id, holder_department,"
                + " holder_cost_centre from assignment where revoked_at is null and person_id in (%s)", personIds);
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.add(new ActiveSeat(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5)));
            }
        }
        return out;
    }

    /** Copies the facts onto every seat (active or revoked) of the person, as {@link #followAll} does. */
    public static void follow(Session session, long personId, Holder h) {
        session.flush();
        session.doWork(c -> followAll(c, Map.of(personId, h)));
    }
}
