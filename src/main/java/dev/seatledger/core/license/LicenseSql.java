package dev.seatledger.core.license;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** SQL fragments shared by the list, counts and other readers of licenses (one place for each rule). */
final class LicenseSql {
    static final String PERIOD_TOTAL =
        "coalesce(l.total_cost, case when l.seat_type <> 'UNLIMITED' then l.cost_per_seat * l.seats_total end)";
    static final String ANNUAL_COST = "case l.billing_cycle"
        + " when 'MONTHLY' then " + PERIOD_TOTAL + " * 12"
        + " when 'QUARTERLY' then " + PERIOD_TOTAL + " * 4"
        + " when 'ANNUAL' then " + PERIOD_TOTAL
        + " when 'BIENNIAL' then " + PERIOD_TOTAL + " / 2"
        + " when 'CUSTOM' then l.custom_annual_cost end";

    static final String FROM = " from license l join product p on p.id = l.product_id ";

    private LicenseSql() {
    }

    static String savedFilterCondition(SavedFilter f) {
        return switch (f) {
            case RENEWING_SOON -> "(l.archived_at is null and l.expiry_date >= :today and l.expiry_date <= :soon)";
            case EXPIRED -> "(l.archived_at is null and l.expiry_date < :today)";
            case FULLY_SEATED -> "(l.archived_at is null and l.seat_type <> 'UNLIMITED' and l.seats_used >= l.seats_total)";
            case UNDERUTILIZED -> "(l.archived_at is null and l.seat_type <> 'UNLIMITED' and l.seats_total > 1"
                + " and l.seats_used * 2 < l.seats_total)";
        };
    }

    /** Builds the WHERE clause and its parameters for a request; chip and saved filter can be left out. */
    static Where where(LicenseListRequest r, boolean withStatus, boolean withSavedFilter) {
        StringJoiner and = new StringJoiner(" and ", " where ", "");
        and.setEmptyValue("");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!r.showArchived()) {
            and.add("l.archived_at is null");
        }
        if (r.search() != null && !r.search().isBlank()) {
            and.add("(lower(p.name) like :q or lower(coalesce(l.name, '')) like :q or lower(p.publisher) like :q"
                + " or lower(coalesce(l.business_owner, '')) like :q or lower(coalesce(l.purchase_order, '')) like :q"
                + " or lower(coalesce(l.invoice_number, '')) like :q)");
            params.put("q", "%" + escapeLike(r.search().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (withStatus && r.status() != null) {
            and.add("l.status = :status");
            params.put("status", r.status().name());
        }
        if (withSavedFilter && r.savedFilter() != null) {
            and.add(savedFilterCondition(r.savedFilter()));
        }
        return new Where(and.toString(), params);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    record Where(String sql, Map<String, Object> params) {
    }
}
