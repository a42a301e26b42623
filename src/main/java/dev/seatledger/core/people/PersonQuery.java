package dev.seatledger.core.people;

import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.License;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.query.NativeQuery;

/** Read side of people: the list with active seat counts, departments, and the offboarding queue. */
public class PersonQuery {
    public static final int LIST_LIMIT = 5000;
    public static final int QUEUE_WINDOW_DAYS = 30;

    private final Transactions tx;
    private final Clock clock;

    public PersonQuery(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** The first {@value #LIST_LIMIT} people matching the filter, in name order. */
    public List<PersonRow> list(PersonFilter f) {
        return page(f, 0, LIST_LIMIT);
    }

    /** How many people match the filter (the People list's size). */
    public long count(PersonFilter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "select count(*) from person p" + where(f, params);
        return tx.read(session -> {
            NativeQuery<Object> q = session.createNativeQuery(sql, Object.class);
            params.forEach(q::setParameter);
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    /** People [offset, offset + limit) of the filtered list in name order, each with its active seat count. */
    public List<PersonRow> page(PersonFilter f, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = listSql(f, params);
        return tx.read(session -> {
            NativeQuery<Object[]> q = session.createNativeQuery(sql, Object[].class);
            params.forEach(q::setParameter);
            q.setFirstResult(offset);
            q.setMaxResults(limit);
            List<PersonRow> rows = new ArrayList<>();
            for (Object[] r : q.getResultList()) {
                rows.add(new PersonRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], PersonStatus.valueOf((String) r[5]), SqlValues.date(r[6]), SqlValues.date(r[7]),
                    ((Number) r[8]).longValue()));
            }
            return rows;
        });
    }

    /** H2's plan of the list query (tests check that it reads people in name order from an index). */
    String listPlan(PersonFilter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "explain " + listSql(f, params) + " fetch first " + LIST_LIMIT + " rows only";
        return tx.read(session -> {
            NativeQuery<Object> q = session.createNativeQuery(sql, Object.class);
            params.forEach(q::setParameter);
            return String.valueOf(q.getSingleResult());
        });
    }

    private static String listSql(PersonFilter f, Map<String, Object> params) {
        String select = "select p.id, p.display_name, p.email, p.department, p.job_title, p.status, p.end_date,"
            + " p.last_sign_in, (select count(*) from assignment a where a.person_id = p.id and a.revoked_at is null)"
            + " from person p";
        // Naming the filtered column first (constant under the filter) lets H2 read that filter's index
        // (V16) in name order and count the seats of the rows shown only.
        String within = f.department() != null ? "p.department, " : f.status() != null ? "p.status, " : "";
        return select + where(f, params) + " order by " + within + "p.name_key, p.id";
    }

    private static String where(PersonFilter f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (f.search() != null && !f.search().isBlank()) {
            sql.append(" and (p.name_key like :q or p.email_key like :q or lower(coalesce(p.job_title, '')) like :q"
                + " or lower(coalesce(p.employee_id, '')) like :q)");
            params.put("q", "%" + f.search().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (f.department() != null) {
            sql.append(" and p.department = :dept");
            params.put("dept", f.department());
        }
        if (f.status() != null) {
            sql.append(" and p.status = :status");
            params.put("status", f.status().name());
        }
        return sql.toString();
    }

    /** Active people matching the text (name, email, department), for the assign picker. */
    public List<PersonOption> searchActive(String text, int limit) {
        String q = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return tx.read(session -> session.createSelectionQuery(
                "select p.id, p.displayName, p.email, p.department from Person p where p.status = :active"
                    + " and (p.nameKey like :q or p.emailKey like :q or lower(coalesce(p.department, '')) like :q)"
                    + " order by p.status, p.nameKey, p.id", PersonOption.class)
            .setParameter("active", PersonStatus.ACTIVE)
            .setParameter("q", q)
            .setMaxResults(limit)
            .getResultList());
    }

    public List<String> departments() {
        return tx.read(session -> session.createSelectionQuery(
                "select distinct p.department from Person p where p.department is not null order by p.department",
                String.class).getResultList());
    }

    /** People with an end date within the next 30 days or past, not yet offboarded, soonest first. */
    public List<OffboardingRow> offboardingQueue() {
        LocalDate limit = LocalDate.now(clock).plusDays(QUEUE_WINDOW_DAYS);
        return tx.read(session -> {
            List<Person> people = session.createSelectionQuery(
                    "from Person p where p.endDate is not null and p.endDate <= :limit and p.status <> :off"
                        + " order by p.endDate, p.nameKey", Person.class)
                .setParameter("limit", limit)
                .setParameter("off", PersonStatus.OFFBOARDED)
                .getResultList();
            Map<Long, List<License>> held = heldLicenses(session, people.stream().map(Person::getId).toList());
            List<OffboardingRow> rows = new ArrayList<>();
            for (Person p : people) {
                List<License> licenses = held.getOrDefault(p.getId(), List.of());
                Map<String, BigDecimal> cost = new TreeMap<>();
                for (License l : licenses) {
                    BigDecimal perSeat = CostMath.annualPerSeat(l.getBillingCycle(), l.getCostPerSeat(), l.getTotalCost(),
                        l.getCustomAnnualCost(), l.getSeatsTotal(), l.getSeatType());
                    if (perSeat != null) {
                        cost.merge(l.getCurrency(), perSeat, BigDecimal::add);
                    }
                }
                rows.add(new OffboardingRow(p.getId(), p.getDisplayName(), p.getDepartment(), p.getEndDate(),
                    licenses.size(), cost));
            }
            return rows;
        });
    }

    /** The licenses of each person's active seats, read 500 people per query rather than one query per person. */
    private static Map<Long, List<License>> heldLicenses(org.hibernate.Session session, List<Long> personIds) {
        Map<Long, List<License>> held = new HashMap<>();
        for (int from = 0; from < personIds.size(); from += 500) {
            List<Long> part = personIds.subList(from, Math.min(personIds.size(), from + 500));
            for (Object[] r : session.createSelectionQuery("select a.person.id, l from Assignment a join a.license l"
                    + " where a.person.id in :ids and a.revokedAt is null order by a.id", Object[].class)
                .setParameterList("ids", part).getResultList()) {
                held.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((License) r[1]);
            }
        }
        return held;
    }

    public PersonRow get(long id) {
        return tx.read(session -> {
            Person p = PersonService.load(session, id);
            long seats = session.createSelectionQuery(
                    "select count(a) from Assignment a where a.person.id = :p and a.revokedAt is null", Long.class)
                .setParameter("p", id).getSingleResult();
            return new PersonRow(p.getId(), p.getDisplayName(), p.getEmail(), p.getDepartment(), p.getJobTitle(),
                p.getStatus(), p.getEndDate(), p.getLastSignIn(), seats);
        });
    }

}
