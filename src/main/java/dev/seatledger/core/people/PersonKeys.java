package dev.seatledger.core.people;

import dev.seatledger.core.common.IdChunks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People named in files by e-mail address or user principal name, compared without case: a person's own e-mail first,
 * then the other addresses the directory import keeps ({@code person_alias}, V21). Never creates anyone.
 */
public final class PersonKeys {
    private PersonKeys() {
    }

    /** Person ids by the given keys ({@link Person#normalizeEmail} form); keys that name no one are absent. */
    public static Map<String, Long> resolve(Connection c, Collection<String> keys) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        read(c, "select email_key, id from person where email_key in (%s)", keys, found);
        Set<String> rest = new HashSet<>(keys);
        rest.removeAll(found.keySet());
        if (!rest.isEmpty()) {
            read(c, "select alias_key, person_id from person_alias where alias_key in (%s)", rest, found);
        }
        return found;
    }

    private static void read(Connection c, String sql, Collection<String> keys, Map<String, Long> into)
            throws SQLException {
        for (List<String> part : IdChunks.chunks(keys)) {
            try (PreparedStatement ps = IdChunks.prepare(c, sql, part); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.putIfAbsent(rs.getString(1), rs.getLong(2));
                }
            }
        }
    }
}
