package dev.seatledger.core.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Statements with an {@code in (…)} list of many keys, run a chunk of keys at a time: the databases limit the number of
 * parameters of one statement, and a plan for 500 keys is as good as for 50,000.
 */
public final class InLists {
    public static final int SIZE = 500;

    private InLists() {
    }

    /** The keys in chunks of {@link #SIZE}. */
    public static <T> List<List<T>> chunks(Collection<T> keys) {
        List<T> list = new ArrayList<>(keys);
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < list.size(); from += SIZE) {
            parts.add(list.subList(from, Math.min(list.size(), from + SIZE)));
        }
        return parts;
    }

    /** Prepares {@code sql} for one chunk: the {@code %s} becomes its markers, the keys (numbers or texts) are bound in order. */
    public static PreparedStatement prepare(Connection c, String sql, List<?> part) throws SQLException {
        PreparedStatement ps = c.prepareStatement(String.format(sql, String.join(",", Collections.nCopies(part.size(), "?"))));
        for (int i = 0; i < part.size(); i++) {
            if (part.get(i) instanceof Long id) {
                ps.setLong(i + 1, id);
            } else {
                ps.setString(i + 1, (String) part.get(i));
            }
        }
        return ps;
    }
}
