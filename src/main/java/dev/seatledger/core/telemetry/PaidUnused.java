package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.IdChunks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "paid but unused" reconciliation list: active seats of live licenses whose holder has a device reporting
 * applications, none of which shows the product installed and in use (or installed, when usage is not tracked).
 * The seat carries those facts (V17, kept by {@link TelemetryLink}), so the list is one index range of seats,
 * sorted by product and holder; the holders' names and e-mail addresses are read for the listed seats only.
 */
final class PaidUnused {
    private static final String SEATS = """
        select a.id, case when l.name is null then p.name else p.name || ' — ' || l.name end,
               a.person_id, a.product_installed
        from assignment a join license l on l.id = a.license_id join product p on p.id = l.product_id
        where a.revoked_at is null and a.holder_reports = true and a.product_in_use = false and l.archived_at is null
        order by p.name, a.holder_key nulls last, a.id
        limit ?""";

    private static final String HOLDERS = "select id, display_name, email from person where id in (%s)";

    private PaidUnused() {
    }

    static List<TelemetryQuery.UnusedSeat> read(Connection c, int limit) throws SQLException {
        List<Seat> seats = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SEATS)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seats.add(new Seat(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4)));
                }
            }
        }
        Set<Long> people = new LinkedHashSet<>();
        seats.forEach(s -> people.add(s.personId()));
        Map<Long, String[]> holders = new HashMap<>();
        for (List<Long> part : IdChunks.chunks(people)) {
            try (PreparedStatement ps = IdChunks.prepare(c, HOLDERS, part); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    holders.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return seats.stream().map(s -> {
            String[] h = holders.getOrDefault(s.personId(), new String[2]);
            return new TelemetryQuery.UnusedSeat(s.assignmentId(), s.license(), h[0], h[1], s.installed());
        }).toList();
    }

    private record Seat(long assignmentId, String license, long personId, boolean installed) {
    }
}
