package dev.seatledger.core.telemetry;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The seat facts of {@link TelemetryLink} computed in memory for the people an import touched: the import hands
 * over the final applications of the devices it wrote, the other devices of those people are read, and only the
 * seats whose facts change are written. {@code SeatFactsTest} holds it to {@link TelemetryLink}'s SQL.
 */
final class SeatFacts {
    private final Map<Long, Long> devicePerson = new HashMap<>();
    private final Map<Long, DeviceApps> written = new HashMap<>();

    /** The applications of a device as the import leaves them, in parallel arrays. */
    record DeviceApps(long[] appIds, boolean[] installed, boolean[] tracked, int[] lastUsedDay) {
        static final int NONE = Integer.MIN_VALUE;

        static DeviceApps sized(int n) {
            return new DeviceApps(new long[n], new boolean[n], new boolean[n], new int[n]);
        }

        /** Sets entry {@code i}. */
        void set(int i, long appId, boolean isInstalled, boolean isTracked, LocalDate lastUsed) {
            appIds[i] = appId;
            installed[i] = isInstalled;
            tracked[i] = isTracked;
            lastUsedDay[i] = lastUsed == null ? NONE : (int) lastUsed.toEpochDay();
        }

        /** A device's applications by id, as stored or as the import leaves them. */
        static DeviceApps of(Map<Long, TelemetryImporter.Stored> apps) {
            DeviceApps d = sized(apps.size());
            int i = 0;
            for (Map.Entry<Long, TelemetryImporter.Stored> e : apps.entrySet()) {
                TelemetryImporter.Stored s = e.getValue();
                d.set(i++, e.getKey(), s.installed(), s.usageTracked(), s.lastUsed());
            }
            return d;
        }
    }

    /** Records a device the import wrote, with its primary person (or {@code null}) and all its applications. */
    void device(long deviceId, Long personId, DeviceApps apps) {
        written.put(deviceId, apps);
        if (personId != null) {
            devicePerson.put(deviceId, personId);
        }
    }

    /** Refreshes the active seats of these people; returns how many seats changed. */
    int refresh(Connection c, Collection<Long> people, ReportedApps apps) throws SQLException {
        int changed = 0;
        for (List<Long> part : IdChunks.chunks(people)) {
            changed += refreshChunk(c, part, apps);
        }
        return changed;
    }

    private int refreshChunk(Connection c, List<Long> people, ReportedApps apps) throws SQLException {
        List<Seat> seats = seats(c, people);
        Map<Long, Set<Long>> productsOf = new HashMap<>();
        seats.forEach(s -> productsOf.computeIfAbsent(s.person, k -> new HashSet<>()).add(s.product));
        Map<Long, List<Long>> devicesOf = new HashMap<>();
        List<Long> unread = new ArrayList<>();
        try (PreparedStatement ps = IdChunks.prepare(c, "select id, primary_person_id from device where primary_person_id in (%s)",
                people); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long device = rs.getLong(1);
                devicesOf.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(device);
                if (!written.containsKey(device)) {
                    unread.add(device);
                }
            }
        }
        Map<Long, DeviceApps> stored = read(c, unread);
        Set<Long> reporting = new HashSet<>();
        Map<Long, Map<Long, Fact>> facts = new HashMap<>();
        devicesOf.forEach((person, devices) -> {
            Set<Long> products = productsOf.getOrDefault(person, Set.of());
            Map<Long, Fact> byProduct = new HashMap<>();
            for (long device : devices) {
                DeviceApps d = written.containsKey(device) ? written.get(device) : stored.get(device);
                if (d == null || d.appIds.length == 0) {
                    continue;
                }
                reporting.add(person);
                for (int i = 0; i < d.appIds.length && !products.isEmpty(); i++) {
                    DictionaryApp app = apps.byId(d.appIds[i]);
                    if (app != null && app.product != null && products.contains(app.product)) {
                        byProduct.computeIfAbsent(app.product, k -> new Fact()).add(d.installed[i], d.tracked[i], d.lastUsedDay[i]);
                    }
                }
            }
            facts.put(person, byProduct);
        });
        return write(c, seats, reporting, facts);
    }

    /** An active seat of a live or ended license, with the facts it carries now. */
    private record Seat(long id, long person, long product, boolean tracked, Date lastUsed, boolean installed,
                        boolean inUse, boolean reports) {
    }

    private static List<Seat> seats(Connection c, List<Long> people) throws SQLException {
        List<Seat> seats = new ArrayList<>();
        try (PreparedStatement ps = IdChunks.prepare(c, "select a.id, a.person_id, l.product_id, a.has_telemetry,"
                + " a.last_used_at, a.product_installed, a.product_in_use, a.holder_reports from assignment a"
                + " join license l on l.id = a.license_id where a.revoked_at is null and a.person_id in (%s)", people);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                seats.add(new Seat(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), rs.getDate(5),
                    rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8)));
            }
        }
        return seats;
    }

    private static int write(Connection c, List<Seat> seats, Set<Long> reporting, Map<Long, Map<Long, Fact>> facts)
            throws SQLException {
        int changed = 0;
        try (PreparedStatement update = c.prepareStatement("update assignment set has_telemetry = ?, last_used_at = ?,"
                 + " product_installed = ?, product_in_use = ?, holder_reports = ? where id = ?")) {
            for (Seat s : seats) {
                Fact f = facts.getOrDefault(s.person, Map.of()).getOrDefault(s.product, Fact.EMPTY);
                Date lastUsed = f.lastUsedDay == DeviceApps.NONE ? null : Date.valueOf(LocalDate.ofEpochDay(f.lastUsedDay));
                boolean reports = reporting.contains(s.person);
                if (s.tracked != f.tracked || !Objects.equals(s.lastUsed, lastUsed) || s.installed != f.installed
                    || s.inUse != f.inUse || s.reports != reports) {
                    update.setBoolean(1, f.tracked);
                    if (lastUsed == null) {
                        update.setNull(2, Types.DATE);
                    } else {
                        update.setDate(2, lastUsed);
                    }
                    update.setBoolean(3, f.installed);
                    update.setBoolean(4, f.inUse);
                    update.setBoolean(5, reports);
                    update.setLong(6, s.id);
                    update.addBatch();
                    if (++changed % TelemetryImporter.BATCH == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
        return changed;
    }

    /** The applications of devices the import did not write, as stored. */
    private static Map<Long, DeviceApps> read(Connection c, List<Long> devices) throws SQLException {
        Map<Long, Map<Long, TelemetryImporter.Stored>> rows = new HashMap<>();
        for (List<Long> part : IdChunks.chunks(devices)) {
            try (PreparedStatement ps = IdChunks.prepare(c, "select device_id, app_id, " + TelemetryImporter.Stored.COLUMNS
                    + " from device_app where device_id in (%s)", part); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                        TelemetryImporter.Stored.read(rs, 3));
                }
            }
        }
        Map<Long, DeviceApps> out = new HashMap<>();
        rows.forEach((device, apps) -> out.put(device, DeviceApps.of(apps)));
        return out;
    }

    /** {@link TelemetryLink}'s aggregate over one holder's rows of one product. */
    private static final class Fact {
        static final Fact EMPTY = new Fact();
        boolean tracked;
        int lastUsedDay = DeviceApps.NONE;
        boolean installed;
        boolean inUse;

        void add(boolean isInstalled, boolean isTracked, int lastUsed) {
            tracked |= isTracked;
            if (isTracked && lastUsed != DeviceApps.NONE && lastUsed > lastUsedDay) {
                lastUsedDay = lastUsed;
            }
            installed |= isInstalled;
            inUse |= isInstalled && (!isTracked || lastUsed != DeviceApps.NONE);
        }
    }
}
