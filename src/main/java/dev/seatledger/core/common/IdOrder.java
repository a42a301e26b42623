package dev.seatledger.core.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Puts rows read by id back into the order of the ids (a page sorted in SQL, then read with {@code id in (…)}). */
public final class IdOrder {
    private IdOrder() {
    }

    /** The rows in the order of {@code ids}; an id with no row (deleted in between) is left out. */
    public static <T> List<T> arrange(List<Long> ids, Collection<T> rows, ToLongFunction<T> idOf) {
        Map<Long, T> byId = new HashMap<>();
        for (T row : rows) {
            byId.put(idOf.applyAsLong(row), row);
        }
        List<T> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            T row = byId.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }
}
