package dev.seatledger.core.sample;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes the generated people: names, departments, statuses and last sign-ins. */
final class PeopleWriter {
    static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Elif", "Felix", "Greta", "Hugo", "Ines",
        "Jonas", "Kira", "Lukas", "Mara", "Noah", "Olga", "Paul", "Quinn", "Rosa", "Samir", "Tara", "Uwe", "Vera",
        "Wim", "Xenia", "Yusuf", "Zoe", "Amir", "Bea", "Chen", "Dana", "Emil", "Farah", "Gil", "Hana", "Ivo", "Jana"};
    static final String[] LAST = {"Keller", "Vogt", "Rossi", "Berg", "Haddad", "Lindqvist", "Novak", "Meyer",
        "Schmidt", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Kowalski", "Nowak", "Dubois", "Moreau",
        "Silva", "Santos", "Jensen", "Larsen", "Nielsen", "Tanaka", "Sato", "Kim", "Park", "Singh", "Patel", "Okafor",
        "Mensah", "Garcia", "Lopez", "Martin", "Bernard", "Costa", "Ferrari", "Horvat", "Popescu", "Yilmaz"};
    static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Support", "Design",
        "Operations", "Legal", "HR", "IT", "Research", "Product"};
    static final String[] TITLES = {"Engineer", "Manager", "Analyst", "Designer", "Consultant", "Specialist",
        "Director", "Associate", "Lead", "Coordinator"};

    private final LocalDate today;
    private final Instant now;

    PeopleWriter(DatasetPlan plan) {
        this.today = plan.today;
        this.now = plan.now;
    }

    /** The generated name of person number {@code p} (zero-based), as {@link #writePeople} writes it. */
    static String displayName(int p) {
        SplittableRandom r = DatasetPlan.rnd(3, p);
        String first = FIRST[r.nextInt(FIRST.length)];
        return first + " " + LAST[r.nextInt(LAST.length)];
    }

    int writePeople(Connection c, int from, int to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into person (id, display_name, email, email_key,"
            + " department, job_title, manager, employee_id, status, last_sign_in, source, created_at, created_by,"
            + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?, 0)")) {
            JdbcBatch b = new JdbcBatch(ps);
            for (int p = from; p < to; p++) {
                SplittableRandom r = DatasetPlan.rnd(3, p);
                String first = FIRST[r.nextInt(FIRST.length)];
                String last = LAST[r.nextInt(LAST.length)];
                assert displayName(p).equals(first + " " + last);
                String email = (first + "." + last + "." + (p + 1) + "@example.com").toLowerCase(Locale.ROOT);
                int roll = r.nextInt(100);
                String status = roll < 94 ? "ACTIVE" : roll < 98 ? "INACTIVE" : "OFFBOARDED";
                int signIn = r.nextInt(100);
                ps.setLong(1, p + 1L);
                ps.setString(2, first + " " + last);
                ps.setString(3, email);
                ps.setString(4, email);
                ps.setString(5, DEPARTMENTS[r.nextInt(DEPARTMENTS.length)]);
                ps.setString(6, TITLES[r.nextInt(TITLES.length)]);
                ps.setString(7, FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]);
                ps.setString(8, String.format(Locale.ROOT, "E%06d", p + 1));
                ps.setString(9, status);
                if (signIn < 4) {
                    ps.setNull(10, Types.DATE);
                } else {
                    ps.setDate(10, Date.valueOf(today.minusDays(signIn < 80 ? r.nextInt(60) : r.nextInt(400))));
                }
                ps.setTimestamp(11, Timestamp.from(now.minus(900, ChronoUnit.DAYS)));
                ps.setString(12, LargeDataset.BY);
                b.add();
            }
            return b.finish();
        }
    }
}
