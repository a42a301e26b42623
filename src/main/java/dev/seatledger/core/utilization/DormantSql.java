package dev.seatledger.core.utilization;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.core.usage.UsageSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.query.NativeQuery;

/**
 * The SQL that judges a seat dormant, with the dormant-seats table's filters (signal, product,
 * department) as SQL conditions, so counts, totals and pages never bring every dormant seat into memory.
 */
final class DormantSql {
    static final String SIGNAL = "case when a.holder_status <> 'ACTIVE' then 'USER_STATUS'"
        + " when a.used_source is not null then 'REAL_USAGE' else 'LOGIN_PROXY' end";
    /** The seat's last use: the latest real evidence (V21), else the holder's last sign-in. */
    static final String LAST_ACTIVITY = "case when a.used_source is not null then a.used_at else a.holder_sign_in end";

    /**
     * Active seats whose holder is gone or idle beyond the cutoff, judged on the seat alone: the holder's
     * status and last sign-in are kept on it (V11), so no person row is read.
     */
    static final String DORMANT_SEAT = """
        a.revoked_at is null
          and (a.holder_status <> 'ACTIVE'
               or (a.assigned_at < :cutoffInstant
                   and ((a.used_source is not null and (a.used_at is null or a.used_at < :cutoff))
                        or (a.used_source is null and (a.holder_sign_in is null or a.holder_sign_in < :cutoff)))))
        """;

    /**
     * {@link #DORMANT_SEAT} as disjoint parts, each with the signal and source it gives and each an equality prefix
     * plus one range of an index (V21), so counting them reads only the index entries of dormant seats. Together
     * they are exactly the dormant seats: every status other than active, then for each source of real evidence
     * never used or last used before the cutoff, then no real evidence and never signed in or signed in before the
     * cutoff.
     */
    static List<Part> dormantParts() {
        List<Part> parts = new ArrayList<>();
        for (PersonStatus s : PersonStatus.values()) {
            if (s != PersonStatus.ACTIVE) {
                parts.add(new Part("a.revoked_at is null and a.holder_status = '" + s.name() + "'", Signal.USER_STATUS,
                    null));
            }
        }
        String idle = "a.revoked_at is null and a.holder_status = 'ACTIVE' and a.used_source ";
        String assignedBefore = " and a.assigned_at < :cutoffInstant";
        for (UsageSource source : UsageSource.REAL) {
            String is = idle + "= '" + source.name() + "'";
            parts.add(new Part(is + " and a.used_at is null" + assignedBefore, Signal.REAL_USAGE, source));
            parts.add(new Part(is + " and a.used_at < :cutoff" + assignedBefore, Signal.REAL_USAGE, source));
        }
        parts.add(new Part(idle + "is null and a.holder_sign_in is null" + assignedBefore, Signal.LOGIN_PROXY,
            UsageSource.LOGIN_PROXY));
        parts.add(new Part(idle + "is null and a.holder_sign_in < :cutoff" + assignedBefore, Signal.LOGIN_PROXY,
            UsageSource.LOGIN_PROXY));
        return parts;
    }

    /** One part of the dormant seats; {@code source} is null for the holder-status parts. */
    record Part(String where, Signal signal, UsageSource source) {
        boolean passes(DormancyFilter f) {
            return (f.signal() == null || f.signal() == signal) && (f.source() == null || f.source() == source);
        }
    }

    /** The licenses whose seats count: active or pending renewal, not archived. */
    static final String LIVE_LICENSE = "l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL')";

    static final String FROM = " from assignment a ";

    /** Seats with license and product, for sorting by license. */
    static final String FROM_WITH_PRODUCT = " from assignment a join license l on l.id = a.license_id"
        + " join product p on p.id = l.product_id ";

    /** Seats with license, product and holder, for reading a page's rows in full. */
    static final String FROM_ROWS = FROM_WITH_PRODUCT + " join person pe on pe.id = a.person_id ";

    static final String ROW_COLUMNS = "select a.id, l.id, p.name, l.name, pe.id, pe.display_name, pe.email,"
        + " a.holder_department, " + SIGNAL + ", " + LAST_ACTIVITY + ", l.billing_cycle, l.cost_per_seat,"
        + " l.total_cost, l.custom_annual_cost, l.seats_total, l.seat_type, l.currency, a.used_source,"
        + " case when a.used_source in ('SSO', 'VENDOR') then a.evidence_format end";

    private DormantSql() {
    }

    /** The where clause (starting with " where ") and its parameters for a filter; the cutoff is bound by {@link #bind}. */
    static Where where(DormancyFilter f) {
        StringBuilder sb = new StringBuilder(" where ").append(DORMANT_SEAT)
            .append(" and a.license_id in (select l.id from license l where ").append(LIVE_LICENSE);
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.productId() != null) {
            sb.append(" and l.product_id = :product");
            params.put("product", f.productId());
        }
        sb.append(')');
        if (f.signal() != null) {
            sb.append(switch (f.signal()) {
                case USER_STATUS -> " and a.holder_status <> 'ACTIVE'";
                case REAL_USAGE -> " and a.holder_status = 'ACTIVE' and a.used_source is not null";
                case LOGIN_PROXY -> " and a.holder_status = 'ACTIVE' and a.used_source is null";
            });
        }
        if (f.source() != null) {
            sb.append(" and a.holder_status = 'ACTIVE' and a.used_source ")
                .append(f.source() == UsageSource.LOGIN_PROXY ? "is null" : "= '" + f.source().name() + "'");
        }
        if (f.department() != null) {
            sb.append(" and a.holder_department = :department");
            params.put("department", f.department());
        }
        return new Where(sb.toString(), params);
    }

    /**
     * The dormant seats passing the filter as a union of the parts its signal allows ({@link #dormantParts}),
     * each selecting {@code columns}: every part is read from its own index range. The license condition is
     * a correlated look-up rather than a list of license ids, so that the database drives each part from the
     * dormancy index instead of from the license ids.
     */
    static Where union(DormancyFilter f, String columns, String extra) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder filter = new StringBuilder(" and exists (select 1 from license l where l.id = a.license_id and ")
            .append(LIVE_LICENSE);
        if (f.productId() != null) {
            filter.append(" and l.product_id = :product");
            params.put("product", f.productId());
        }
        filter.append(')');
        if (f.department() != null) {
            filter.append(" and a.holder_department = :department");
            params.put("department", f.department());
        }
        filter.append(extra);
        List<String> selects = new ArrayList<>();
        for (Part part : dormantParts()) {
            if (part.passes(f)) {
                selects.add("select " + columns + " from assignment a where " + part.where() + filter);
            }
        }
        return new Where(String.join(" union all ", selects), params);
    }

    /** The sort keys of a seat-only sort as columns k0, k1, … of a union. */
    static String keyColumns(DormantSort sort) {
        StringBuilder sb = new StringBuilder("a.id");
        for (int i = 0; i < sort.keys.size(); i++) {
            sb.append(", ").append(sort.keys.get(i)).append(" k").append(i);
        }
        return sb.toString();
    }

    /** The order of a union selected with {@link #keyColumns}. */
    static String unionOrderBy(DormantSort sort, boolean ascending) {
        String dir = ascending ? " asc nulls last" : " desc nulls last";
        StringBuilder sb = new StringBuilder(" order by ");
        for (int i = 0; i < sort.keys.size(); i++) {
            sb.append("x.k").append(i).append(dir).append(", ");
        }
        return sb.append("x.id").toString();
    }

    static String orderBy(DormantSort sort, boolean ascending) {
        String dir = ascending ? " asc nulls last" : " desc nulls last";
        StringBuilder sb = new StringBuilder(" order by ");
        for (String key : sort.keys) {
            sb.append(key).append(dir).append(", ");
        }
        return sb.append("a.id").toString();
    }

    /** Binds the cutoff parameters the where clause names, and its own parameters. */
    static void bind(NativeQuery<?> q, Where w, LocalDate cutoff) {
        if (CUTOFF_DATE.matcher(w.sql()).find()) {
            q.setParameter("cutoff", Date.valueOf(cutoff));
        }
        if (w.sql().contains(":cutoffInstant")) {
            q.setParameter("cutoffInstant", Timestamp.from(cutoff.atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        w.params().forEach(q::setParameter);
    }

    private static final Pattern CUTOFF_DATE = Pattern.compile(":cutoff\\b");

    record Where(String sql, Map<String, Object> params) {
    }
}
