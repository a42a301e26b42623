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
                 "select app_key, installed, version, last_used, usage_tracked, display_name, product_id from installed_app"
                 + " where device_id = ?");
             PreparedStatement insertApp = c.prepareStatement("insert into installed_app (device_id, app_key, display_name,"
                 + " version, installed, last_used, usage_tracked, reported_at, name_key, product_id)"
                 + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement updateApp = c.prepareStatement("update installed_app set display_name = ?, version = ?,"
                 + " installed = ?, last_used = ?, usage_tracked = ?, reported_at = ?, name_key = ?, product_id = ?"
                 + " where device_id = ? and app_key = ?")) {
            int pendingInserts = 0;
            int pendingUpdates = 0;
            for (Map.Entry<String, Map<String, Rollup>> host : byHost.entrySet()) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                Map<String, Rollup> apps = host.getValue();
                Rollup any = apps.values().iterator().next();
                Long person = any.userEmail == null ? null : people.get(any.userEmail.toLowerCase(Locale.ROOT));
                Instant seen = apps.values().stream().map(r -> r.reportedAt).max(Instant::compareTo).orElse(null);
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
                        insertDevice.setInt(5, (int) apps.values().stream().filter(a -> a.installed).count());
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
                Map<String, Stored> stored = new HashMap<>();
                existing.setLong(1, deviceId);
                try (ResultSet rs = existing.executeQuery()) {
                    while (rs.next()) {
                        Date lu = rs.getDate(4);
                        long productId = rs.getLong(7);
                        Long product = rs.wasNull() ? null : productId;
                        stored.put(rs.getString(1), new Stored(rs.getBoolean(2), rs.getString(3),
                            lu == null ? null : lu.toLocalDate(), rs.getBoolean(5), rs.getString(6), product));
                    }
                }
                for (Rollup r : apps.values()) {
                    Stored s = stored.get(r.appKey);
                    String nameKey = AppAlias.nameKey(r.displayName);
                    Long product = match.productOf(r.appKey, nameKey);
                    if (s == null) {
                        insertApp.setLong(1, deviceId);
                        insertApp.setString(2, r.appKey);
                        insertApp.setString(3, r.displayName);
                        insertApp.setString(4, r.version);
                        insertApp.setBoolean(5, r.installed);
                        insertApp.setDate(6, r.lastUsed == null ? null : Date.valueOf(r.lastUsed));
                        insertApp.setBoolean(7, r.usageTracked);
                        insertApp.setTimestamp(8, Timestamp.from(r.reportedAt));
                        insertApp.setString(9, nameKey);
                        setLongOrNull(insertApp, 10, product);
                        insertApp.addBatch();
                        added++;
                        if (++pendingInserts >= BATCH) {
                            insertApp.executeBatch();
                            pendingInserts = 0;
                        }
                    } else {
                        LocalDate lastUsed = max(s.lastUsed, r.lastUsed);
                        boolean tracked = s.usageTracked || r.usageTracked;
                        String version = r.version != null ? r.version : s.version;
                        if (s.installed != r.installed || !Objects.equals(s.version, version)
                            || !Objects.equals(s.lastUsed, lastUsed) || s.usageTracked != tracked
                            || !Objects.equals(s.displayName, r.displayName) || !Objects.equals(s.product, product)) {
                            updateApp.setString(1, r.displayName);
                            updateApp.setString(2, version);
                            updateApp.setBoolean(3, r.installed);
                            updateApp.setDate(4, lastUsed == null ? null : Date.valueOf(lastUsed));
                            updateApp.setBoolean(5, tracked);
                            updateApp.setTimestamp(6, Timestamp.from(r.reportedAt));
                            updateApp.setString(7, nameKey);
                            setLongOrNull(updateApp, 8, product);
                            updateApp.setLong(9, deviceId);
                            updateApp.setString(10, r.appKey);
                            updateApp.addBatch();
                            updated++;
                            if (++pendingUpdates >= BATCH) {
                                updateApp.executeBatch();
                                pendingUpdates = 0;
                            }
                        }
                    }
                }
                if (appsBefore >= 0) {
                    Map<String, Boolean> installed = new HashMap<>();
                    stored.forEach((key, st) -> installed.put(key, st.installed));
                    apps.values().forEach(r -> installed.put(r.appKey, r.installed));
                    int appsNow = (int) installed.values().stream().filter(b -> b).count();
                    if (appsNow != appsBefore) {
                        countApps.setInt(1, appsNow);
                        countApps.setLong(2, deviceId);
                        countApps.executeUpdate();
                    }
                }
                done += apps.size();
                progress.update(done, records);
            }
            if (pendingInserts > 0) {
                insertApp.executeBatch();
            }
            if (pendingUpdates > 0) {
                updateApp.executeBatch();
            }
        }
        if (devicesAdded + devicesMoved + added + updated > 0) {
            TelemetryLink.refreshPeople(c, touchedPeople);
        }
        return new TelemetryImportResult(records, devicesAdded, added, updated, unknownIn(match, byHost));
    }

    private static List<String> unknownIn(ProductMatch match, Map<String, Map<String, Rollup>> byHost) {
        Map<String, String> names = new LinkedHashMap<>();
        byHost.values().forEach(m -> m.values().forEach(r -> names.putIfAbsent(r.appKey, r.displayName)));
        Set<String> unknown = new TreeSet<>();
        names.forEach((key, name) -> {
            if (match.productOf(key, AppAlias.nameKey(name)) == null) {
                unknown.add(name);
            }
        });
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

    private record Stored(boolean installed, String version, LocalDate lastUsed, boolean usageTracked,
                          String displayName, Long product) {
    }
}
