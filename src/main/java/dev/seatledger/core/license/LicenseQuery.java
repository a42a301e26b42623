package dev.seatledger.core.license;

import dev.seatledger.core.common.NamedSql;
import dev.seatledger.core.common.Transactions;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/** Read side of the Licenses list: projected rows, and all chip and saved-filter counts in two grouped queries. */
public class LicenseQuery {
    private final Transactions tx;
    private final Clock clock;

    public LicenseQuery(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public List<LicenseRow> list(LicenseListRequest r) {
        return tx.read(session -> list(session, r));
    }

    /**
     * What the Licenses list shows for a request, read in one transaction: the rows, how many match when
     * the list is cut at its limit, the chip and saved-filter counts, and whether the inventory is empty.
     */
    public LicenseListing listing(LicenseListRequest r) {
        return tx.read(session -> {
            List<LicenseRow> rows = list(session, r);
            long matching = rows.size() >= r.limit() ? countMatching(session, r) : rows.size();
            LicenseCounts counts = counts(session, r);
            boolean empty = counts.all() == 0 && (r.search() == null || r.search().isBlank()) && r.savedFilter() == null
                && counts(session, LicenseListRequest.all()).all() == 0;
            return new LicenseListing(rows, matching, counts, empty);
        });
    }

    private List<LicenseRow> list(Session session, LicenseListRequest r) {
        LicenseSql.Where where = LicenseSql.where(r, true, true);
        String order = r.sort().expression() + (r.ascending() ? " asc nulls last" : " desc nulls last") + ", l.id";
        String sql = "select l.id, p.id, p.name, p.publisher, l.name, p.grade_letter, p.risk_level, l.seat_type,"
            + " l.seats_used, l.seats_total, " + LicenseSql.ANNUAL_COST + ", l.currency, l.billing_cycle,"
            + " l.expiry_date, l.renewal_notice_days, l.status, l.business_owner,"
            + " case when l.archived_at is null then false else true end,"
            + " case when exists (select 1 from usage_audit ua where ua.open_license_id = l.id) then true else false end,"
            + " p.grade_summary"
            + LicenseSql.FROM + where.sql() + " order by " + order + " fetch first " + r.limit() + " rows only";
        // up to 5,000 rows of 20 columns: read from the ResultSet directly, which costs a third of mapping them
        // through a Hibernate native query (docs/benchmarks.md)
        NamedSql named = NamedSql.parse(sql);
        Map<String, Object> values = new HashMap<>(where.params());
        values.put("today", today());
        values.put("soon", today().plusDays(SavedFilter.RENEWING_WINDOW_DAYS));
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(named.sql())) {
                named.bind(ps, values);
                List<LicenseRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    Object[] r0 = new Object[20];
                    while (rs.next()) {
                        for (int i = 0; i < r0.length; i++) {
                            r0[i] = rs.getObject(i + 1);
                        }
                        rows.add(toRow(r0));
                    }
                }
                return rows;
            }
        });
    }

    /** Number of rows the request matches (to say "showing N of M" when the list is limited). */
    public long countMatching(LicenseListRequest r) {
        return tx.read(session -> countMatching(session, r));
    }

    private long countMatching(Session session, LicenseListRequest r) {
        LicenseSql.Where where = LicenseSql.where(r, true, true);
        NativeQuery<Object> q = session.createNativeQuery("select count(*)" + LicenseSql.FROM + where.sql(), Object.class);
        bind(q, where);
        return ((Number) q.getSingleResult()).longValue();
    }

    public LicenseCounts counts(LicenseListRequest r) {
        return tx.read(session -> counts(session, r));
    }

    private LicenseCounts counts(Session session, LicenseListRequest r) {
        LicenseSql.Where chipWhere = LicenseSql.where(r, false, true);
        LicenseSql.Where savedWhere = LicenseSql.where(r, true, false);
        StringBuilder saved = new StringBuilder("select ");
        SavedFilter[] filters = SavedFilter.values();
        for (int i = 0; i < filters.length; i++) {
            saved.append(i == 0 ? "" : ", ")
                .append("coalesce(sum(case when ").append(LicenseSql.savedFilterCondition(filters[i]))
                .append(" then 1 else 0 end), 0)");
        }
        saved.append(LicenseSql.FROM).append(savedWhere.sql());
        String chips = "select l.status, count(*)" + LicenseSql.FROM + chipWhere.sql() + " group by l.status";
        NativeQuery<Object[]> cq = session.createNativeQuery(chips, Object[].class);
        bind(cq, chipWhere);
        Map<LicenseStatus, Long> byStatus = new EnumMap<>(LicenseStatus.class);
        long all = 0;
        for (Object[] row : cq.getResultList()) {
            long n = ((Number) row[1]).longValue();
            byStatus.put(LicenseStatus.valueOf((String) row[0]), n);
            all += n;
        }
        NativeQuery<Object[]> sq = session.createNativeQuery(saved.toString(), Object[].class);
        bind(sq, savedWhere);
        sq.setParameter("today", today());
        sq.setParameter("soon", today().plusDays(SavedFilter.RENEWING_WINDOW_DAYS));
        Object[] sums = sq.getSingleResult();
        Map<SavedFilter, Long> bySaved = new EnumMap<>(SavedFilter.class);
        for (int i = 0; i < filters.length; i++) {
            bySaved.put(filters[i], ((Number) sums[i]).longValue());
        }
        return new LicenseCounts(all, byStatus, bySaved);
    }

    private void bind(NativeQuery<?> q, LicenseSql.Where where) {
        where.params().forEach(q::setParameter);
        if (where.sql().contains(":today")) {
            q.setParameter("today", today());
        }
        if (where.sql().contains(":soon")) {
            q.setParameter("soon", today().plusDays(SavedFilter.RENEWING_WINDOW_DAYS));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LicenseRow toRow(Object[] r) {
        return new LicenseRow(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (String) r[4],
            r[5] == null ? null : r[5].toString(), (String) r[6], SeatType.valueOf((String) r[7]),
            (int) num(r[8]), r[9] == null ? null : (int) num(r[9]), money(r[10]), (String) r[11],
            BillingCycle.valueOf((String) r[12]), dev.seatledger.core.common.SqlValues.date(r[13]), (int) num(r[14]),
            LicenseStatus.valueOf((String) r[15]), (String) r[16], (Boolean) r[17], (Boolean) r[18],
            (String) r[19]);
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static BigDecimal money(Object o) {
        if (o == null) {
            return null;
        }
        BigDecimal b = o instanceof BigDecimal bd ? bd : new BigDecimal(o.toString());
        return b.setScale(2, java.math.RoundingMode.HALF_UP);
    }

}
