package dev.seatledger.core.utilization;

import java.util.List;

/** Sortable columns of the dormant-seats table, mapped to SQL; every order ends with the seat id. */
public enum DormantSort {
    LICENSE(List.of("lower(p.name)", "l.id", "a.holder_key")),
    HOLDER(List.of("a.holder_key")),
    DEPARTMENT(List.of("lower(a.holder_department)")),
    SIGNAL(List.of(DormantSql.SIGNAL)),
    LAST_ACTIVITY(List.of(DormantSql.LAST_ACTIVITY));

    final List<String> keys;

    DormantSort(List<String> keys) {
        this.keys = keys;
    }
}
