package dev.seatledger.core.people;

import dev.seatledger.core.common.IdChunks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other addresses of people, as the directory import last gave them ({@code person_alias}, V21): replacing a
 * person's set removes the addresses the directory no longer lists, and an address moves to the person who has it
 * now. An address that is someone's own e-mail is not kept as another's alias.
 */
public final class PersonAliases {
    private PersonAliases() {
    }

    /** Replaces the aliases of these people (person id → addresses in lower case). */
    public static void replace(Connection c, Map<Long, Set<String>> aliases) throws SQLException {
        if (aliases.isEmpty()) {
            return;
        }
        Set<String> keys = new HashSet<>();
        aliases.values().forEach(keys::addAll);
        Set<String> ownEmails = new HashSet<>();
        for (List<String> part : IdChunks.chunks(keys)) {
            try (PreparedStatement ps = IdChunks.prepare(c, "select email_key from person where email_key in (%s)", part);
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ownEmails.add(rs.getString(1));
                }
            }
        }
        for (List<Long> part : IdChunks.chunks(aliases.keySet())) {
            try (PreparedStatement ps = IdChunks.prepare(c, "delete from person_alias where person_id in (%s)", part)) {
                ps.executeUpdate();
            }
        }
        for (List<String> part : IdChunks.chunks(keys)) {
            try (PreparedStatement ps = IdChunks.prepare(c, "delete from person_alias where alias_key in (%s)", part)) {
                ps.executeUpdate();
            }
        }
        Set<String> written = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        aliases.forEach((person, set) -> set.stream().filter(a -> !ownEmails.contains(a) && written.add(a))
            .forEach(a -> rows.add(new Object[] {a, person})));
        try (PreparedStatement ps = c.prepareStatement("insert into person_alias (alias_key, person_id) values (?, ?)")) {
            for (Object[] r : rows) {
                ps.setString(1, (String) r[0]);
                ps.setLong(2, (Long) r[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
