package dev.seatledger.core.telemetry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one import's installed applications ({@code device_app}) in batches: every application of a new device,
 * or a known device's reports merged into what it stored (later reports win for installed and version, usage
 * keeps the latest day). Keeps each application's count of devices that have it installed.
 */
final class AppRows implements AutoCloseable {
    private final PreparedStatement insert;
    private final PreparedStatement update;
    private int pendingInserts;
    private int pendingUpdates;
    private Instant lastReported;
    private Timestamp lastReportedAt;

    AppRows(Connection c) throws SQLException {
        insert = c.prepareStatement("insert into device_app (device_id, app_id, version, installed, last_used,"
            + " usage_tracked, reported_at) values (?, ?, ?, ?, ?, ?, ?)");
        update = c.prepareStatement("update device_app set version = ?, installed = ?, last_used = ?, usage_tracked = ?,"
            + " reported_at = ? where device_id = ? and app_id = ?");
    }

    /** Writes every reported application of a device the import added; returns them as the device now has them. */
    SeatFacts.DeviceApps insertAll(long deviceId, Collection<TelemetryImporter.Rollup> reported, ReportedApps apps)
            throws SQLException {
        SeatFacts.DeviceApps d = SeatFacts.DeviceApps.sized(reported.size());
        int i = 0;
        for (TelemetryImporter.Rollup r : reported) {
            DictionaryApp app = apps.resolve(r.appKey, r.displayName, r.source, r.publisher);
            insert(deviceId, app.id, r.version, r.installed, r.lastUsed, r.usageTracked, r.reportedAt);
            app.deviceDelta += r.installed ? 1 : 0;
            d.set(i++, app.id, r.installed, r.usageTracked, r.lastUsed);
        }
        return d;
    }

    /**
     * Merges a known device's reports into its stored applications ({@code after}, updated in place to what the
     * device now has); returns the number of applications added and updated.
     */
    int[] merge(long deviceId, Collection<TelemetryImporter.Rollup> reported, ReportedApps apps,
                Map<Long, TelemetryImporter.Stored> after) throws SQLException {
        int added = 0;
        int updated = 0;
        for (TelemetryImporter.Rollup r : reported) {
            DictionaryApp app = apps.resolve(r.appKey, r.displayName, r.source, r.publisher);
            TelemetryImporter.Stored s = after.get(app.id);
            if (s == null) {
                insert(deviceId, app.id, r.version, r.installed, r.lastUsed, r.usageTracked, r.reportedAt);
                app.deviceDelta += r.installed ? 1 : 0;
                after.put(app.id, new TelemetryImporter.Stored(r.installed, r.version, r.lastUsed, r.usageTracked));
                added++;
                continue;
            }
            LocalDate lastUsed = TelemetryImporter.max(s.lastUsed(), r.lastUsed);
            boolean tracked = s.usageTracked() || r.usageTracked;
            String version = r.version != null ? r.version : s.version();
            after.put(app.id, new TelemetryImporter.Stored(r.installed, version, lastUsed, tracked));
            if (s.installed() != r.installed || !Objects.equals(s.version(), version)
                || !Objects.equals(s.lastUsed(), lastUsed) || s.usageTracked() != tracked) {
                update.setString(1, version);
                update.setBoolean(2, r.installed);
                update.setDate(3, lastUsed == null ? null : Date.valueOf(lastUsed));
                update.setBoolean(4, tracked);
                update.setTimestamp(5, timestamp(r.reportedAt));
                update.setLong(6, deviceId);
                update.setLong(7, app.id);
                update.addBatch();
                app.deviceDelta += (r.installed ? 1 : 0) - (s.installed() ? 1 : 0);
                updated++;
                if (++pendingUpdates >= TelemetryImporter.BATCH) {
                    update.executeBatch();
                    pendingUpdates = 0;
                }
            }
        }
        return new int[] {added, updated};
    }

    /** Sends what is still batched. */
    void finish() throws SQLException {
        if (pendingInserts > 0) {
            insert.executeBatch();
            pendingInserts = 0;
        }
        if (pendingUpdates > 0) {
            update.executeBatch();
            pendingUpdates = 0;
        }
    }

    private void insert(long deviceId, long appId, String version, boolean installed, LocalDate lastUsed, boolean tracked,
                        Instant reportedAt) throws SQLException {
        insert.setLong(1, deviceId);
        insert.setLong(2, appId);
        insert.setString(3, version);
        insert.setBoolean(4, installed);
        insert.setDate(5, lastUsed == null ? null : Date.valueOf(lastUsed));
        insert.setBoolean(6, tracked);
        insert.setTimestamp(7, timestamp(reportedAt));
        insert.addBatch();
        if (++pendingInserts >= TelemetryImporter.BATCH) {
            insert.executeBatch();
            pendingInserts = 0;
        }
    }

    /** Reports of one file mostly share their time; the same one is bound again rather than converted per row. */
    private Timestamp timestamp(Instant at) {
        if (!at.equals(lastReported)) {
            lastReported = at;
            lastReportedAt = Timestamp.from(at);
        }
        return lastReportedAt;
    }

    @Override
    public void close() throws SQLException {
        try (insert; update) {
            // closes both statements
        }
    }
}
