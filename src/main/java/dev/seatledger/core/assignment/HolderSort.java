package dev.seatledger.core.assignment;

/** Sortable columns of the holders list, mapped to SQL. */
public enum HolderSort {
    NAME("lower(p.display_name)"),
    EMAIL("p.email_key"),
    DEPARTMENT("lower(p.department)"),
    STATUS("p.status"),
    ACCESS("lower(a.access_level)"),
    ASSIGNED("a.assigned_at"),
    LAST_ACTIVITY("coalesce(a.last_used_at, p.last_sign_in)");

    final String sql;

    HolderSort(String sql) {
        this.sql = sql;
    }
}
