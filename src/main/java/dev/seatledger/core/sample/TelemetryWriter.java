package dev.seatledger.core.sample;

import dev.seatledger.core.common.JdbcBatch;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes the generated devices and their installed applications with last-used days. */
final class TelemetryWriter {
    static final String[] OS = {"macOS 15.2", "macOS 14.7", "Windows 11 23H2", "Windows 10 22H2", "Ubuntu 24.04"};

    private final DatasetPlan plan;
    private final LocalDate today;
    private final Instant now;
    private final int appsPerDevice;
    private final int[] devicePerson;
    private final boolean[] deviceTracked;
    private final int[][] deviceApps;
    private final short[][] deviceLastUsed;

    TelemetryWriter(DatasetPlan plan) {
        this.plan = plan;
        this.today = plan.today;
        this.now = plan.now;
        this.appsPerDevice = plan.appsPerDevice;
        this.devicePerson = plan.devicePerson;
        this.deviceTracked = plan.deviceTracked;
        this.deviceApps = plan.deviceApps;
        this.deviceLastUsed = plan.deviceLastUsed;
    }

    int writeDevices(Connection c, int from, int to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into device (id, hostname, host_key, serial, os,"
            + " primary_person_id, last_seen, apps_installed) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            JdbcBatch b = new JdbcBatch(ps, LargeDataset.BATCH);
            for (int d = from; d < to; d++) {
                SplittableRandom r = DatasetPlan.rnd(6, d);
                String host = String.format(Locale.ROOT, "LT-%06d", d + 1);
                ps.setLong(1, d + 1L);
                ps.setString(2, host);
                ps.setString(3, host.toLowerCase(Locale.ROOT));
                ps.setString(4, String.format(Locale.ROOT, "SN%08X", r.nextInt(Integer.MAX_VALUE)));
                ps.setString(5, OS[d % OS.length]);
                ps.setLong(6, devicePerson[d] + 1L);
                ps.setTimestamp(7, Timestamp.from(now.minus(r.nextInt(30 * 24), ChronoUnit.HOURS)));
                ps.setInt(8, deviceApps[d].length);
                b.add();
            }
            return b.finish();
        }
    }

    /**
     * Writes the reported applications: one per catalog product, named as the product with ".app" (matched by the
     * product's name), with the number of devices that have it installed (every generated application is installed).
     */
    int writeReportedApps(Connection c, int from, int to) throws SQLException {
        int[] devices = new int[plan.size.products];
        for (int[] apps : deviceApps) {
            for (int app : apps) {
                devices[app]++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into reported_app (id, app_key, display_name, name_key,"
            + " product_id, devices, match_kind) values (?, ?, ?, ?, ?, ?, 'name')")) {
            JdbcBatch b = new JdbcBatch(ps, LargeDataset.BATCH);
            for (int p = from; p < to; p++) {
                String name = CatalogWriter.productName(p);
                String key = name.toLowerCase(Locale.ROOT);
                ps.setLong(1, p + 1L);
                ps.setString(2, key);
                ps.setString(3, name + ".app");
                ps.setString(4, key);
                ps.setLong(5, p + 1L);
                ps.setInt(6, devices[p]);
                b.add();
            }
            return b.finish();
        }
    }

    int writeApps(Connection c, int from, int to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into device_app (device_id, app_id, version, installed,"
            + " last_used, usage_tracked, reported_at) values (?, ?, ?, true, ?, ?, ?)")) {
            JdbcBatch b = new JdbcBatch(ps, LargeDataset.BATCH);
            for (int d = from; d < to; d++) {
                int[] apps = deviceApps[d];
                Timestamp reported = Timestamp.from(now.minus(d % 72, ChronoUnit.HOURS));
                for (int i = 0; i < apps.length; i++) {
                    ps.setLong(1, d + 1L);
                    ps.setLong(2, apps[i] + 1L);
                    ps.setString(3, (1 + (apps[i] + d) % 9) + "." + (d % 20) + "." + i % 7);
                    short u = deviceLastUsed[d][i];
                    if (deviceTracked[d] && u >= 0) {
                        ps.setDate(4, Date.valueOf(today.minusDays(u)));
                    } else {
                        ps.setNull(4, Types.DATE);
                    }
                    ps.setBoolean(5, deviceTracked[d]);
                    ps.setTimestamp(6, reported);
                    b.add();
                    plan.appRows++;
                }
            }
            return b.finish();
        }
    }
}
