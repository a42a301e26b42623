package dev.seatledger.core.assignment;

/** Sortable columns of the holders list, mapped to SQL, and whether the sort reads the person row. */
public enum HolderSort {
    NAME("a.holder_key", false),
    EMAIL("p.email_key", true),
    DEPARTMENT("lower(a.holder_department)", false),
    STATUS("a.holder_status", false),
    ACCESS("lower(a.access_level)", false),
    ASSIGNED("a.assigned_at", false),
    LAST_ACTIVITY("coalesce(a.last_used_at, a.holder_sign_in)", false);

    final String sql;
    private final boolean readsPerson;

    HolderSort(String sql, boolean readsPerson) {
        this.sql = sql;
        this.readsPerson = readsPerson;
    }

    /** Whether the sort expression reads the person row (the others sort on the seat alone). */
    boolean readsPerson() {
        return readsPerson;
    }
}
