package dev.seatledger.core.sample;

import dev.seatledger.core.common.JdbcBatch;
import dev.seatledger.core.people.Person;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    /** Everything generated for person number {@code p} (zero-based), drawn in one fixed order. */
    record Generated(String first, String last, String status, String department, String title, String manager,
                     LocalDate signIn) {
        String displayName() {
            return first + " " + last;
        }
    }

    /** The e-mail of person number {@code p}, already in its key form (lower case). */
    static String email(Generated g, int p) {
        return (g.first() + "." + g.last() + "." + (p + 1) + "@example.com").toLowerCase(Locale.ROOT);
    }

    Generated generated(int p) {
        SplittableRandom r = DatasetPlan.rnd(3, p);
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        int roll = r.nextInt(100);
        String status = roll < 94 ? "ACTIVE" : roll < 98 ? "INACTIVE" : "OFFBOARDED";
        int signIn = r.nextInt(100);
        String department = DEPARTMENTS[r.nextInt(DEPARTMENTS.length)];
        String title = TITLES[r.nextInt(TITLES.length)];
        String manager = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        LocalDate signInDate = signIn < 4 ? null : today.minusDays(signIn < 80 ? r.nextInt(60) : r.nextInt(400));
        return new Generated(first, last, status, department, title, manager, signInDate);
    }

    int writePeople(Connection c, int from, int to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into person (id, display_name, email, email_key,"
            + " department, job_title, manager, employee_id, status, last_sign_in, source, created_at, created_by,"
            + " version, name_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?, 0, ?)")) {
            JdbcBatch b = new JdbcBatch(ps, LargeDataset.BATCH);
            for (int p = from; p < to; p++) {
                Generated g = generated(p);
                String email = email(g, p);
                ps.setLong(1, p + 1L);
                ps.setString(2, g.displayName());
                ps.setString(3, email);
                ps.setString(4, email);
                ps.setString(5, g.department());
                ps.setString(6, g.title());
                ps.setString(7, g.manager());
                ps.setString(8, String.format(Locale.ROOT, "E%06d", p + 1));
                ps.setString(9, g.status());
                ps.setDate(10, g.signIn() == null ? null : Date.valueOf(g.signIn()));
                ps.setTimestamp(11, Timestamp.from(now.minus(900, ChronoUnit.DAYS)));
                ps.setString(12, LargeDataset.BY);
                ps.setString(13, Person.nameKey(g.displayName()));
                b.add();
            }
            return b.finish();
        }
    }
}
