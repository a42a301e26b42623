package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.InLists;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a statement over a list of ids (or other keys: host names, e-mail keys) a bounded number at a time: the
 * statement's {@code %s} becomes the {@code ?, ?, …} of one chunk, so no statement carries thousands of parameters.
 */
final class IdChunks {
    static final int SIZE = InLists.SIZE;

    private IdChunks() {
    }

    /** Runs the update once per chunk; returns the rows changed in all. */
    static int update(Connection c, String sql, Collection<Long> ids) throws SQLException {
        int changed = 0;
        for (List<Long> part : chunks(ids)) {
            try (PreparedStatement ps = prepare(c, sql, part)) {
                changed += ps.executeUpdate();
            }
        }
        return changed;
    }

    /** Runs the query once per chunk; returns the distinct non-null values of its first column. */
    static Set<Long> select(Connection c, String sql, Collection<Long> ids) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        for (List<Long> part : chunks(ids)) {
            try (PreparedStatement ps = prepare(c, sql, part)) {
                out.addAll(longs(ps));
            }
        }
        return out;
    }

    /** The distinct non-null values of the first column of a query that takes no ids. */
    static Set<Long> select(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return longs(ps);
        }
    }

    static <T> List<List<T>> chunks(Collection<T> ids) {
        return InLists.chunks(ids);
    }

    /** Prepares {@code sql} for one chunk: the {@code %s} becomes its markers, the ids are bound in order. */
    static PreparedStatement prepare(Connection c, String sql, List<?> part) throws SQLException {
        return InLists.prepare(c, sql, part);
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
