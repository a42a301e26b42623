package dev.seatledger.core.utilization;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.query.NativeQuery;

/**
 * The SQL that judges a seat dormant, with the dormant-seats table's filters (signal, product,
 * department) as SQL conditions, so counts, totals and pages never bring every dormant seat into memory.
 */
final class DormantSql {
    static final String SIGNAL = "case when pe.status <> 'ACTIVE' then 'USER_STATUS'"
        + " when a.has_telemetry then 'REAL_USAGE' else 'LOGIN_PROXY' end";
    static final String LAST_ACTIVITY = "case when a.has_telemetry then a.last_used_at else pe.last_sign_in end";

    /** Active seats of active, non-archived licenses whose holder is gone or idle beyond the cutoff. */
    static final String DORMANT = """
        a.revoked_at is null and l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL')
          and (pe.status <> 'ACTIVE'
               or (a.assigned_at < :cutoffInstant
                   and ((a.has_telemetry and (a.last_used_at is null or a.last_used_at < :cutoff))
                        or (not a.has_telemetry and (pe.last_sign_in is null or pe.last_sign_in < :cutoff)))))
        """;

    /** Seats, licenses and holders; the product is joined only where its name is read or sorted on. */
    static final String FROM = " from assignment a join license l on l.id = a.license_id"
        + " join person pe on pe.id = a.person_id ";

    static final String FROM_WITH_PRODUCT = FROM + " join product p on p.id = l.product_id ";

    static final String ROW_COLUMNS = "select a.id, l.id, p.name, l.name, pe.id, pe.display_name, pe.email,"
        + " pe.department, " + SIGNAL + ", " + LAST_ACTIVITY + ", l.billing_cycle, l.cost_per_seat, l.total_cost,"
        + " l.custom_annual_cost, l.seats_total, l.seat_type, l.currency";

    private DormantSql() {
    }

    /** The where clause (starting with " where ") and its parameters for a filter; the cutoff is bound by {@link #bind}. */
    static Where where(DormancyFilter f) {
        StringBuilder sb = new StringBuilder(" where ").append(DORMANT);
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.signal() != null) {
            sb.append(switch (f.signal()) {
                case USER_STATUS -> " and pe.status <> 'ACTIVE'";
                case REAL_USAGE -> " and pe.status = 'ACTIVE' and a.has_telemetry";
                case LOGIN_PROXY -> " and pe.status = 'ACTIVE' and not a.has_telemetry";
            });
        }
        if (f.productId() != null) {
            sb.append(" and l.product_id = :product");
            params.put("product", f.productId());
        }
        if (f.department() != null) {
            sb.append(" and pe.department = :department");
            params.put("department", f.department());
        }
        return new Where(sb.toString(), params);
    }

    static String orderBy(DormantSort sort, boolean ascending) {
        String dir = ascending ? " asc nulls last" : " desc nulls last";
        StringBuilder sb = new StringBuilder(" order by ");
        for (String key : sort.keys) {
            sb.append(key).append(dir).append(", ");
        }
        return sb.append("a.id").toString();
    }

    static void bind(NativeQuery<?> q, Where w, LocalDate cutoff) {
        q.setParameter("cutoff", Date.valueOf(cutoff));
        q.setParameter("cutoffInstant", Timestamp.from(cutoff.atStartOfDay().toInstant(ZoneOffset.UTC)));
        w.params().forEach(q::setParameter);
    }

    record Where(String sql, Map<String, Object> params) {
    }
}
