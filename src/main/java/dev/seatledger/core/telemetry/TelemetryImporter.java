package dev.seatledger.core.telemetry;

import dev.seatledger.core.common.IdChunks;
import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.common.FieldError;
import dev.seatledger.core.recognition.MatchKind;
import dev.seatledger.core.recognition.RecognitionService;
import dev.seatledger.core.recognition.Source;
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
 * device (later reports win for installed/version, the latest day used is kept) under the application's entry in
 * the reported-applications dictionary (ADR 0040), then refreshes the seats of the people concerned. Importing the
 * same file twice changes nothing.
 */
public class TelemetryImporter {
    static final int BATCH = 1000;

    private final Transactions tx;
    private final RecognitionService recognition;

    public TelemetryImporter(Transactions tx, RecognitionService recognition) {
        this.tx = tx;
        this.recognition = recognition;
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
        ReportedApps apps = ReportedApps.load(c, recognition.recognizer(c));
        Map<String, HostDevices.Known> known = HostDevices.read(c, byHost.keySet());
        Map<String, Long> added = HostDevices.add(c, newDevices(byHost, known, people));
        SeatFacts facts = new SeatFacts();
        Set<Long> touchedPeople = new HashSet<>();
        Counts n = new Counts();
        n.devicesAdded = added.size();
        int done = 0;
        try (PreparedStatement updateDevice = c.prepareStatement(
                 "update device set primary_person_id = ?, last_seen = ? where id = ?");
             PreparedStatement countApps = c.prepareStatement("update device set apps_installed = ? where id = ?");
             PreparedStatement existing = c.prepareStatement(
                 "select app_id, " + Stored.COLUMNS + " from device_app where device_id = ?");
             AppRows rows = new AppRows(c)) {
            for (Map.Entry<String, Map<String, Rollup>> host : byHost.entrySet()) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                Map<String, Rollup> reported = host.getValue();
                Long person = personOf(reported, people);
                HostDevices.Known before = known.get(host.getKey());
                if (before == null) {
                    long deviceId = added.get(host.getKey());
                    touch(touchedPeople, person);
                    facts.device(deviceId, person, rows.insertAll(deviceId, reported.values(), apps));
                    n.apps += reported.size();
                } else {
                    Long newPerson = person != null ? person : before.personId();
                    Instant seen = lastSeen(reported);
                    Instant newSeen = before.lastSeen() == null || seen.isAfter(before.lastSeen()) ? seen : before.lastSeen();
                    if (!Objects.equals(before.personId(), newPerson) || !newSeen.equals(before.lastSeen())) {
                        setLongOrNull(updateDevice, 1, newPerson);
                        updateDevice.setTimestamp(2, Timestamp.from(newSeen));
                        updateDevice.setLong(3, before.id());
                        updateDevice.executeUpdate();
                        n.devicesMoved += Objects.equals(before.personId(), newPerson) ? 0 : 1;
                    }
                    touch(touchedPeople, before.personId());
                    touch(touchedPeople, newPerson);
                    Map<Long, Stored> after = stored(existing, before.id());
                    int[] changes = rows.merge(before.id(), reported.values(), apps, after);
                    n.apps += changes[0];
                    n.updated += changes[1];
                    facts.device(before.id(), newPerson, SeatFacts.DeviceApps.of(after));
                    int appsNow = (int) after.values().stream().filter(st -> st.installed).count();
                    if (appsNow != before.appsInstalled()) {
                        countApps.setInt(1, appsNow);
                        countApps.setLong(2, before.id());
                        countApps.executeUpdate();
                    }
                }
                done += reported.size();
                progress.update(done, records);
            }
            rows.finish();
        }
        apps.rematch();
        apps.flush(c);
        if (n.devicesAdded + n.devicesMoved + n.apps + n.updated > 0) {
            facts.refresh(c, touchedPeople, apps);
        }
        if (!apps.touchedProducts().isEmpty()) {
            TelemetryLink.refreshProducts(c, apps.touchedProducts());
        }
        return new TelemetryImportResult(records, n.devicesAdded, n.apps, n.updated, unknownIn(apps, byHost));
    }

    private static final class Counts {
        int devicesAdded;
        int devicesMoved;
        int apps;
        int updated;
    }

    private static List<HostDevices.New> newDevices(Map<String, Map<String, Rollup>> byHost,
                                                    Map<String, HostDevices.Known> known, Map<String, Long> people) {
        List<HostDevices.New> out = new ArrayList<>();
        byHost.forEach((hostKey, reported) -> {
            if (!known.containsKey(hostKey)) {
                out.add(new HostDevices.New(reported.values().iterator().next().host, hostKey, personOf(reported, people),
                    lastSeen(reported), (int) reported.values().stream().filter(a -> a.installed).count()));
            }
        });
        return out;
    }

    private static Long personOf(Map<String, Rollup> reported, Map<String, Long> people) {
        Rollup any = reported.values().iterator().next();
        return any.userEmail == null ? null : people.get(any.userEmail.toLowerCase(Locale.ROOT));
    }

    private static Instant lastSeen(Map<String, Rollup> reported) {
        Instant seen = null;
        for (Rollup r : reported.values()) {
            seen = seen == null || r.reportedAt.isAfter(seen) ? r.reportedAt : seen;
        }
        return seen;
    }

    private static void touch(Set<Long> people, Long person) {
        if (person != null) {
            people.add(person);
        }
    }

    private static Map<Long, Stored> stored(PreparedStatement existing, long deviceId) throws SQLException {
        Map<Long, Stored> stored = new HashMap<>();
        existing.setLong(1, deviceId);
        try (ResultSet rs = existing.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getLong(1), Stored.read(rs, 2));
            }
        }
        return stored;
    }

    /** The names of the applications no catalog product matches and not ignored, among those this import reported. */
    private static List<String> unknownIn(ReportedApps apps, Map<String, Map<String, Rollup>> byHost) {
        Set<String> keys = new HashSet<>();
        byHost.values().forEach(m -> keys.addAll(m.keySet()));
        Set<String> unknown = new TreeSet<>();
        apps.all().stream().filter(a -> a.product == null && a.kind != MatchKind.IGNORED && keys.contains(a.key)).forEach(a -> unknown.add(a.name));
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
        for (List<String> part : IdChunks.chunks(emails)) {
            try (PreparedStatement ps = IdChunks.prepare(c, "select email_key, id from person where email_key in (%s)", part);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return map;
    }

    /** Per host key, per application key: the latest report wins, usage keeps the latest day. */
    static Map<String, Map<String, Rollup>> rollup(List<TelemetryRecord> records) {
        Map<String, Map<String, Rollup>> byHost = new LinkedHashMap<>();
        Map<String, String> hostKeys = new HashMap<>();
        AppKeys keys = new AppKeys();
        for (TelemetryRecord r : records) {
            String hostKey = hostKeys.computeIfAbsent(r.host(), h -> h.strip().toLowerCase(Locale.ROOT));
            String appKey = keys.appKey(r);
            Map<String, Rollup> apps = byHost.computeIfAbsent(hostKey, k -> new LinkedHashMap<>());
            Rollup cur = apps.get(appKey);
            if (cur == null) {
                apps.put(appKey, new Rollup(r, appKey));
            } else {
                cur.merge(r);
            }
        }
        return byHost;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    static void setLongOrNull(PreparedStatement ps, int i, Long v) throws SQLException {
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
        Source source;
        String publisher;
        String userEmail;
        String version;
        boolean installed;
        LocalDate lastUsed;
        boolean usageTracked;
        Instant reportedAt;

        Rollup(TelemetryRecord r, String appKey) {
            host = r.host().strip();
            this.appKey = appKey;
            displayName = r.appName().length() > 255 ? r.appName().substring(0, 255) : r.appName();
            source = r.source();
            publisher = r.publisher();
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
                source = r.source() != Source.OTHER ? r.source() : source;
                publisher = r.publisher() != null ? r.publisher() : publisher;
            }
            lastUsed = max(lastUsed, r.lastUsed());
            usageTracked |= r.usageTracked();
        }
    }

    /** An installed application as stored. */
    record Stored(boolean installed, String version, LocalDate lastUsed, boolean usageTracked) {
        static final String COLUMNS = "installed, version, last_used, usage_tracked";

        /** Reads the {@link #COLUMNS} from {@code rs}, the first of them at {@code column}. */
        static Stored read(ResultSet rs, int column) throws SQLException {
            Date lastUsed = rs.getDate(column + 2);
            return new Stored(rs.getBoolean(column), rs.getString(column + 1), lastUsed == null ? null : lastUsed.toLocalDate(),
                rs.getBoolean(column + 3));
        }
    }
}
