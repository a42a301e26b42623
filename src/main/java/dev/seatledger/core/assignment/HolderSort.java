package dev.seatledger.core.assignment;

/**
 * Sortable columns of the holders list, mapped to SQL; each reads the seat alone (V10, V11, V14), and each is
 * the third column of an index (license_id, revoked_at, key, id) (V10, V18), so a page is read in order.
 */
public enum HolderSort {
    NAME("a.holder_key"),
    EMAIL("a.holder_email"),
    DEPARTMENT("a.department_sort"),
    STATUS("a.holder_status"),
    ACCESS("a.access_sort"),
    ASSIGNED("a.assigned_at"),
    LAST_ACTIVITY("a.activity_sort");

    final String sql;

    HolderSort(String sql) {
        this.sql = sql;
    }
}
