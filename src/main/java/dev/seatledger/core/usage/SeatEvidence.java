package dev.seatledger.core.usage;

import dev.seatledger.core.common.IdChunks;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The best SSO or vendor evidence of each active seat of some people, computed from their {@code usage_evidence} rows
 * and written only to the seats whose copy changes: the latest day, an SSO row before a vendor row of the same day,
 * a vendor's "never used" only when nothing has a day. {@code TelemetryLink} writes the same with one statement on
 * every other path that creates or moves seats; {@code SeatEvidenceTest} holds the two together.
 */
final class SeatEvidence {
    private SeatEvidence() {
    }

    /** One row of evidence: the day (null: never used), its source and the file format it came from. */
    record Row(LocalDate day, String source, String format) {
        /** Whether this row is better evidence than another (the latest day; on the same day SSO before vendor). */
        boolean beats(Row other) {
            if (other == null) {
                return true;
            }
            if (!Objects.equals(day, other.day)) {
                return other.day == null || day != null && day.isAfter(other.day);
            }
            return source.compareTo(other.source) < 0;
        }
    }

    /** Refreshes the seats of these people; returns how many seats changed. */
    static int refresh(Connection c, Collection<Long> people) throws SQLException {
        int changed = 0;
        try (PreparedStatement update = c.prepareStatement(
                "update assignment set evidence_at = ?, evidence_source = ?, evidence_format = ? where id = ?")) {
            for (List<Long> part : IdChunks.chunks(people)) {
                changed += refreshChunk(c, part, update);
            }
            update.executeBatch();
        }
        return changed;
    }

    private static int refreshChunk(Connection c, List<Long> people, PreparedStatement update) throws SQLException {
        Map<Long, Map<Long, Row>> best = new HashMap<>();
        try (PreparedStatement ps = IdChunks.prepare(c, "select person_id, product_id, used_on, source, format"
                + " from usage_evidence where person_id in (%s)", people); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Date day = rs.getDate(3);
                Row row = new Row(day == null ? null : day.toLocalDate(), rs.getString(4), rs.getString(5));
                Map<Long, Row> byProduct = best.computeIfAbsent(rs.getLong(1), k -> new HashMap<>());
                if (row.beats(byProduct.get(rs.getLong(2)))) {
                    byProduct.put(rs.getLong(2), row);
                }
            }
        }
        int changed = 0;
        List<Object[]> writes = new ArrayList<>();
        try (PreparedStatement ps = IdChunks.prepare(c, "select a.id, a.person_id, l.product_id, a.evidence_at,"
                + " a.evidence_source, a.evidence_format from assignment a join license l on l.id = a.license_id"
                + " where a.revoked_at is null and a.person_id in (%s)", people); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Row want = best.getOrDefault(rs.getLong(2), Map.of()).get(rs.getLong(3));
                Date day = rs.getDate(4);
                Row now = rs.getString(5) == null ? null
                    : new Row(day == null ? null : day.toLocalDate(), rs.getString(5), rs.getString(6));
                if (!Objects.equals(want, now)) {
                    writes.add(new Object[] {rs.getLong(1), want});
                }
            }
        }
        for (Object[] w : writes) {
            Row want = (Row) w[1];
            if (want == null || want.day() == null) {
                update.setNull(1, Types.DATE);
            } else {
                update.setDate(1, Date.valueOf(want.day()));
            }
            update.setString(2, want == null ? null : want.source());
            update.setString(3, want == null ? null : want.format());
            update.setLong(4, (Long) w[0]);
            update.addBatch();
            if (++changed % 1000 == 0) {
                update.executeBatch();
            }
        }
        return changed;
    }
}
