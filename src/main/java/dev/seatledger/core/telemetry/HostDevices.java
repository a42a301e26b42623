package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.IdChunks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The devices of one import by host key: those already known are read a chunk of host keys at a time, the new
 * ones are added in batches, so a file of ten thousand hosts costs a few dozen statements rather than two per host.
 */
final class HostDevices {
    /** A device as stored before the import; {@code appsInstalled} is -1 for a device the import adds. */
    record Known(long id, Long personId, Instant lastSeen, int appsInstalled) {
    }

    /** A device to add. */
    record New(String hostname, String hostKey, Long personId, Instant lastSeen, int appsInstalled) {
    }

    private HostDevices() {
    }

    static Map<String, Known> read(Connection c, Collection<String> hostKeys) throws SQLException {
        Map<String, Known> out = new HashMap<>();
        for (List<String> part : IdChunks.chunks(hostKeys)) {
            try (PreparedStatement ps = IdChunks.prepare(c, "select host_key, id, primary_person_id, last_seen, apps_installed"
                    + " from device where host_key in (%s)", part); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long person = rs.getLong(3);
                    Long personId = rs.wasNull() ? null : person;
                    Timestamp seen = rs.getTimestamp(4);
                    out.put(rs.getString(1), new Known(rs.getLong(2), personId, seen == null ? null : seen.toInstant(),
                        rs.getInt(5)));
                }
            }
        }
        return out;
    }

    /** Adds the devices in batches; returns their ids by host key. */
    static Map<String, Long> add(Connection c, List<New> devices) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "insert into device (hostname, host_key, primary_person_id, last_seen, apps_installed) values (?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            for (int from = 0; from < devices.size(); from += TelemetryImporter.BATCH) {
                List<New> part = devices.subList(from, Math.min(devices.size(), from + TelemetryImporter.BATCH));
                for (New d : part) {
                    ps.setString(1, d.hostname());
                    ps.setString(2, d.hostKey());
                    TelemetryImporter.setLongOrNull(ps, 3, d.personId());
                    ps.setTimestamp(4, Timestamp.from(d.lastSeen()));
                    ps.setInt(5, d.appsInstalled());
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    for (New d : part) {
                        keys.next();
                        ids.put(d.hostKey(), keys.getLong(1));
                    }
                }
            }
        }
        return ids;
    }
}
