package dev.seatledger.core.assignment;

/** Sortable columns of the holders list, mapped to SQL; each reads the seat alone (V10, V11, V14). */
public enum HolderSort {
    NAME("a.holder_key"),
    EMAIL("a.holder_email"),
    DEPARTMENT("lower(a.holder_department)"),
    STATUS("a.holder_status"),
    ACCESS("lower(a.access_level)"),
    ASSIGNED("a.assigned_at"),
    LAST_ACTIVITY("coalesce(a.last_used_at, a.holder_sign_in)");

    final String sql;

    HolderSort(String sql) {
        this.sql = sql;
    }
}
