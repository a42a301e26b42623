package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.common.FieldError;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes parsed telemetry in one transaction: devices by host name, one row per application per
 * device (later reports win for installed/version, the latest day used is kept), then refreshes the
 * seats of the people concerned. Importing the same file twice changes nothing.
 */
public class TelemetryImporter {
    static final int BATCH = 1000;

    private final Transactions tx;

    public TelemetryImporter(Transactions tx) {
        this.tx = tx;
    }

    public TelemetryImportResult importParsed(ParsedTelemetry parsed, Progress progress) {
        if (!parsed.valid()) {
            List<FieldError> errs = parsed.errors().stream()
                .map(e -> new FieldError(e.column() == null ? "file" : e.column(), e.toString())).toList();
            throw new ValidationException(errs);
        }
        Map<String, Map<String, Rollup>> byHost = rollup(parsed.records());
        return tx.write(session -> session.doReturningWork(c -> write(c, byHost, parsed.records().size(), progress)));
    }

    private TelemetryImportResult write(Connection c, Map<String, Map<String, Rollup>> byHost, int records,
                                        Progress progress) throws SQLException {
        Map<String, Long> people = peopleByEmail(c, byHost);
        ProductMatch match = ProductMatch.load(c);
        ReportedApps apps = ReportedApps.load(c, match);
        SeatFacts facts = new SeatFacts();
        int devicesAdded = 0;
        int devicesMoved = 0;
        int added = 0;
        int updated = 0;
        Set<Long> touchedPeople = new HashSet<>();
        int done = 0;
        try (PreparedStatement findDevice = c.prepareStatement("select id, primary_person_id, last_seen, apps_installed from device where host_key = ?");
             PreparedStatement insertDevice = c.prepareStatement(
                 "insert into device (hostname, host_key, primary_person_id, last_seen, apps_installed) values (?, ?, ?, ?, ?)",
                 new String[] {"id"});
             PreparedStatement updateDevice = c.prepareStatement(
                 "update device set primary_person_id = ?, last_seen = ? where id = ?");
             PreparedStatement countApps = c.prepareStatement("update device set apps_installed = ? where id = ?");
             PreparedStatement existing = c.prepareStatement(
                 "select app_id, installed, version, last_used, usage_tracked from device_app where device_id = ?");
             PreparedStatement insertApp = c.prepareStatement("insert into device_app (device_id, app_id, version,"
                 + " installed, last_used, usage_tracked, reported_at) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement updateApp = c.prepareStatement("update device_app set version = ?, installed = ?,"
                 + " last_used = ?, usage_tracked = ?, reported_at = ? where device_id = ? and app_id = ?")) {
            int pendingInserts = 0;
            int pendingUpdates = 0;
            for (Map.Entry<String, Map<String, Rollup>> host : byHost.entrySet()) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                Map<String, Rollup> reported = host.getValue();
                Rollup any = reported.values().iterator().next();
                Long person = any.userEmail == null ? null : people.get(any.userEmail.toLowerCase(Locale.ROOT));
                Instant seen = reported.values().stream().map(r -> r.reportedAt).max(Instant::compareTo).orElse(null);
                long deviceId;
                int appsBefore = -1;
                findDevice.setString(1, host.getKey());
                try (ResultSet rs = findDevice.executeQuery()) {
                    if (rs.next()) {
                        deviceId = rs.getLong(1);
                        appsBefore = rs.getInt(4);
                        Long oldPerson = rs.getObject(2) == null ? null : rs.getLong(2);
                        Timestamp oldSeen = rs.getTimestamp(3);
                        Long newPerson = person != null ? person : oldPerson;
                        Instant newSeen = oldSeen == null || seen.isAfter(oldSeen.toInstant()) ? seen : oldSeen.toInstant();
                        if (!Objects.equals(oldPerson, newPerson) || oldSeen == null || !newSeen.equals(oldSeen.toInstant())) {
                            setLongOrNull(updateDevice, 1, newPerson);
                            updateDevice.setTimestamp(2, Timestamp.from(newSeen));
                            updateDevice.setLong(3, deviceId);
                            updateDevice.executeUpdate();
                            devicesMoved += Objects.equals(oldPerson, newPerson) ? 0 : 1;
                        }
                        if (oldPerson != null) {
                            touchedPeople.add(oldPerson);
                        }
                        person = newPerson;
                    } else {
                        insertDevice.setString(1, any.host);
                        insertDevice.setString(2, host.getKey());
                        setLongOrNull(insertDevice, 3, person);
                        insertDevice.setTimestamp(4, Timestamp.from(seen));
                        insertDevice.setInt(5, (int) reported.values().stream().filter(a -> a.installed).count());
                        insertDevice.executeUpdate();
                        try (ResultSet keys = insertDevice.getGeneratedKeys()) {
                            keys.next();
                            deviceId = keys.getLong(1);
                        }
                        devicesAdded++;
                    }
                }
                if (person != null) {
                    touchedPeople.add(person);
                }
                Map<Long, Stored> stored = new HashMap<>();
                if (appsBefore >= 0) {
                    existing.setLong(1, deviceId);
                    try (ResultSet rs = existing.executeQuery()) {
                        while (rs.next()) {
                            Date lu = rs.getDate(4);
                            stored.put(rs.getLong(1), new Stored(rs.getBoolean(2), rs.getString(3),
                                lu == null ? null : lu.toLocalDate(), rs.getBoolean(5)));
                        }
                    }
                }
                Map<Long, Stored> after = new HashMap<>(stored);
                for (Rollup r : reported.values()) {
                    ReportedApps.App app = apps.resolve(c, r.appKey, r.displayName);
                    Stored s = stored.get(app.id);
                    if (s == null) {
                        insertApp.setLong(1, deviceId);
                        insertApp.setLong(2, app.id);
                        insertApp.setString(3, r.version);
                        insertApp.setBoolean(4, r.installed);
                        insertApp.setDate(5, r.lastUsed == null ? null : Date.valueOf(r.lastUsed));
                        insertApp.setBoolean(6, r.usageTracked);
                        insertApp.setTimestamp(7, Timestamp.from(r.reportedAt));
                        insertApp.addBatch();
                        added++;
                        app.deviceDelta += r.installed ? 1 : 0;
                        after.put(app.id, new Stored(r.installed, r.version, r.lastUsed, r.usageTracked));
                        if (++pendingInserts >= BATCH) {
                            insertApp.executeBatch();
                            pendingInserts = 0;
                        }
                    } else {
                        LocalDate lastUsed = max(s.lastUsed, r.lastUsed);
                        boolean tracked = s.usageTracked || r.usageTracked;
                        String version = r.version != null ? r.version : s.version;
                        after.put(app.id, new Stored(r.installed, version, lastUsed, tracked));
                        if (s.installed != r.installed || !Objects.equals(s.version, version)
                            || !Objects.equals(s.lastUsed, lastUsed) || s.usageTracked != tracked) {
                            updateApp.setString(1, version);
                            updateApp.setBoolean(2, r.installed);
                            updateApp.setDate(3, lastUsed == null ? null : Date.valueOf(lastUsed));
                            updateApp.setBoolean(4, tracked);
                            updateApp.setTimestamp(5, Timestamp.from(r.reportedAt));
                            updateApp.setLong(6, deviceId);
                            updateApp.setLong(7, app.id);
                            updateApp.addBatch();
                            updated++;
                            app.deviceDelta += (r.installed ? 1 : 0) - (s.installed ? 1 : 0);
                            if (++pendingUpdates >= BATCH) {
                                updateApp.executeBatch();
                                pendingUpdates = 0;
                            }
                        }
                    }
                }
                facts.device(deviceId, person, deviceApps(after));
                if (appsBefore >= 0) {
                    int appsNow = (int) after.values().stream().filter(st -> st.installed).count();
                    if (appsNow != appsBefore) {
                        countApps.setInt(1, appsNow);
                        countApps.setLong(2, deviceId);
                        countApps.executeUpdate();
                    }
                }
                done += reported.size();
                progress.update(done, records);
            }
            if (pendingInserts > 0) {
                insertApp.executeBatch();
            }
            if (pendingUpdates > 0) {
                updateApp.executeBatch();
            }
        }
        apps.flush(c);
        if (devicesAdded + devicesMoved + added + updated > 0) {
            facts.refresh(c, touchedPeople, apps);
        }
        if (!apps.touchedProducts().isEmpty()) {
            TelemetryLink.refreshProducts(c, apps.touchedProducts());
        }
        return new TelemetryImportResult(records, devicesAdded, added, updated, unknownIn(apps, byHost));
    }

    private static SeatFacts.DeviceApps deviceApps(Map<Long, Stored> apps) {
        int n = apps.size();
        SeatFacts.DeviceApps d = new SeatFacts.DeviceApps(new long[n], new boolean[n], new boolean[n], new int[n]);
        int i = 0;
        for (Map.Entry<Long, Stored> e : apps.entrySet()) {
            Stored s = e.getValue();
            d.appIds()[i] = e.getKey();
            d.installed()[i] = s.installed;
            d.tracked()[i] = s.usageTracked;
            d.lastUsedDay()[i] = s.lastUsed == null ? SeatFacts.DeviceApps.NONE : (int) s.lastUsed.toEpochDay();
            i++;
        }
        return d;
    }

    /** The names of the applications no catalog product matches, among those this import reported. */
    private static List<String> unknownIn(ReportedApps apps, Map<String, Map<String, Rollup>> byHost) {
        Set<String> keys = new HashSet<>();
        byHost.values().forEach(m -> keys.addAll(m.keySet()));
        Set<String> unknown = new TreeSet<>();
        apps.all().stream().filter(a -> a.product == null && keys.contains(a.key)).forEach(a -> unknown.add(a.name));
        return new ArrayList<>(unknown);
    }

    private static Map<String, Long> peopleByEmail(Connection c, Map<String, Map<String, Rollup>> byHost)
            throws SQLException {
        Set<String> emails = new HashSet<>();
        byHost.values().forEach(m -> m.values().forEach(r -> {
            if (r.userEmail != null) {
                emails.add(r.userEmail.toLowerCase(Locale.ROOT));
            }
        }));
        Map<String, Long> map = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id from person where email_key = ?")) {
            for (String e : emails) {
                ps.setString(1, e);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        map.put(e, rs.getLong(1));
                    }
                }
            }
        }
        return map;
    }

    /** Per host key, per application key: the latest report wins, usage keeps the latest day. */
    static Map<String, Map<String, Rollup>> rollup(List<TelemetryRecord> records) {
        Map<String, Map<String, Rollup>> byHost = new LinkedHashMap<>();
        for (TelemetryRecord r : records) {
            String hostKey = r.host().strip().toLowerCase(Locale.ROOT);
            Rollup cur = byHost.computeIfAbsent(hostKey, k -> new LinkedHashMap<>()).get(r.appKey());
            if (cur == null) {
                byHost.get(hostKey).put(r.appKey(), new Rollup(r));
            } else {
                cur.merge(r);
            }
        }
        return byHost;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static void setLongOrNull(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, java.sql.Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static final class Rollup {
        final String host;
        final String appKey;
        String displayName;
        String userEmail;
        String version;
        boolean installed;
        LocalDate lastUsed;
        boolean usageTracked;
        Instant reportedAt;

        Rollup(TelemetryRecord r) {
            host = r.host().strip();
            appKey = r.appKey();
            displayName = r.appName().length() > 255 ? r.appName().substring(0, 255) : r.appName();
            userEmail = r.userEmail();
            version = r.version() == null || r.version().length() <= 120 ? r.version() : r.version().substring(0, 120);
            installed = r.installed();
            lastUsed = r.lastUsed();
            usageTracked = r.usageTracked();
            reportedAt = r.reportedAt();
        }

        void merge(TelemetryRecord r) {
            if (!r.reportedAt().isBefore(reportedAt)) {
                installed = r.installed();
                version = r.version() != null ? r.version() : version;
                reportedAt = r.reportedAt();
                userEmail = r.userEmail() != null ? r.userEmail() : userEmail;
            }
            lastUsed = max(lastUsed, r.lastUsed());
            usageTracked |= r.usageTracked();
        }
    }

    private record Stored(boolean installed, String version, LocalDate lastUsed, boolean usageTracked) {
    }
}
