package dev.seatledger.core.license;

/** Sortable columns of the Licenses list, each mapped to an SQL expression. */
public enum LicenseSort {
    PRODUCT("lower(p.name)"),
    NAME("lower(l.name)"),
    GRADE("p.grade_letter"),
    SEATS("case when l.seat_type = 'UNLIMITED' then null else cast(l.seats_used as double precision) / l.seats_total end"),
    COST(LicenseSql.ANNUAL_COST),
    CYCLE("l.billing_cycle"),
    EXPIRY("l.expiry_date"),
    STATUS("l.status"),
    OWNER("lower(l.business_owner)");

    private final String expression;

    LicenseSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
