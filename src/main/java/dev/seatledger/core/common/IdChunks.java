package dev.seatledger.core.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a statement over a list of ids (or other keys: host names, e-mail keys) a bounded number at a time: the
 * statement's {@code %s} becomes the {@code ?, ?, …} of one chunk, so no statement carries thousands of parameters.
 */
public final class IdChunks {
    public static final int SIZE = 500;

    private IdChunks() {
    }

    /** Runs the update once per chunk; returns the rows changed in all. */
    public static int update(Connection c, String sql, Collection<Long> ids) throws SQLException {
        int changed = 0;
        for (List<Long> part : chunks(ids)) {
            try (PreparedStatement ps = prepare(c, sql, part)) {
                changed += ps.executeUpdate();
            }
        }
        return changed;
    }

    /** Runs the query once per chunk; returns the distinct non-null values of its first column. */
    public static Set<Long> select(Connection c, String sql, Collection<Long> ids) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        for (List<Long> part : chunks(ids)) {
            try (PreparedStatement ps = prepare(c, sql, part)) {
                out.addAll(longs(ps));
            }
        }
        return out;
    }

    /** The distinct non-null values of the first column of a query that takes no ids. */
    public static Set<Long> select(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return longs(ps);
        }
    }

    public static <T> List<List<T>> chunks(Collection<T> ids) {
        List<T> list = new ArrayList<>(ids);
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < list.size(); from += SIZE) {
            parts.add(list.subList(from, Math.min(list.size(), from + SIZE)));
        }
        return parts;
    }

    /** Prepares {@code sql} for one chunk: the {@code %s} becomes its markers, the ids are bound in order. */
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

    private static Set<Long> longs(PreparedStatement ps) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long v = rs.getLong(1);
                if (!rs.wasNull()) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
