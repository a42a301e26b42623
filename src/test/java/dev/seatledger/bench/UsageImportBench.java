package dev.seatledger.bench;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.IdChunks;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.usage.UsageImportResult;
import dev.seatledger.core.usage.UsageImporter;
import dev.seatledger.core.usage.UsagePlan;
import dev.seatledger.core.usage.UsageRollup;
import dev.seatledger.core.usage.files.UsageFiles;
import dev.seatledger.infra.db.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Operation 10: a sign-in log of a million lines imported as usage evidence ({@code import usage}: recognised, read as
 * parsed, people and products matched, evidence and seats written), beside plain JDBC doing the same work on a log
 * of the same shape for other people: the file parsed with commons-csv, the latest success per person and
 * application kept in a map, people and products read, the stored evidence compared, the new rows inserted in
 * batches, and the seats of the people concerned refreshed from their evidence. Each run imports a new log of people
 * no earlier run named, so every run writes.
 */
final class UsageImportBench {
    private final Database db;
    private final AppServices s;
    private final Path dir;

    UsageImportBench(Database db, AppServices s, Path dir) {
        this.db = db;
        this.s = s;
        this.dir = dir;
    }

    record Result(List<Double> sl, List<Double> plain, int lines) {
    }

    Result run(int lines, int runs) throws Exception {
        List<String> active = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "select email from person where status = 'ACTIVE' order by id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                active.add(rs.getString(1));
            }
        }
        int slice = Math.min(20_000, active.size() / (2 * runs));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Double> sl = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (int side = 0; side < 2; side++) {
                List<String> people = active.subList((2 * run + side) * slice, (2 * run + side + 1) * slice);
                Path log = dir.resolve("signins-" + run + "-" + side + ".csv");
                SignInLog.write(log, lines, people, heldProducts(people), today, 20261207L + 2 * run + side);
                System.out.printf(Locale.ROOT, "  sign-in log %d/%d: %,d lines, %,d MB%n", run, side, lines,
                    Files.size(log) >> 20);
                long t0 = System.nanoTime();
                String done = side == 0 ? seatLedger(log) : plain(log);
                double secs = (System.nanoTime() - t0) / 1e9;
                (side == 0 ? sl : plain).add(lines / secs);
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "  %s import run %d: %.1f s = %,.0f lines/s (%s; heap %d of %d MB)%n",
                    side == 0 ? "SeatLedger" : "plain", run, secs, lines / secs, done,
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
                Files.delete(log);
            }
        }
        return new Result(sl, plain, lines);
    }

    /** The products each person holds a live seat of, by product name. */
    private Map<String, List<String>> heldProducts(List<String> people) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            List<String> keys = people.stream().map(dev.seatledger.core.people.Person::normalizeEmail).toList();
            for (List<String> part : IdChunks.chunks(keys)) {
                try (PreparedStatement ps = IdChunks.prepare(c, "select pe.email, p.name from person pe join assignment a"
                        + " on a.person_id = pe.id and a.revoked_at is null join license l on l.id = a.license_id"
                        + " join product p on p.id = l.product_id where pe.email_key in (%s)", part);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        }
        return out;
    }

    /** What {@code import usage FILE} does. */
    private String seatLedger(Path log) throws IOException {
        UsageFiles.Detected d = UsageFiles.detect(log, UsageFiles.Options.RECOGNISE);
        UsageRollup rollup = new UsageRollup(d.format());
        UsageFiles.read(log, d.format(), UsageFiles.Options.RECOGNISE, rollup);
        UsageImporter importer = new UsageImporter(s.tx(), s.clock(), s.recognition());
        UsagePlan plan = importer.plan(rollup, null);
        UsageImportResult r = importer.apply(plan, false, Progress.NONE);
        return String.format(Locale.ROOT, "%,d evidence rows, %,d seats", plan.added().size(), r.seatsUpdated());
    }

    /** The same work in plain JDBC. */
    private String plain(Path log) throws Exception {
        Map<String, LocalDate> latest = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Map<String, Integer> h = p.getHeaderMap();
                int date = h.get("Date (UTC)");
                int user = h.get("Username");
                int type = h.get("User type");
                int app = h.get("Application");
                int status = h.get("Status");
                int code = h.get("Sign-in error code");
                for (CSVRecord r : p) {
                    if (!"Success".equals(r.get(status)) || !"0".equals(r.get(code)) || "Guest".equals(r.get(type))) {
                        continue;
                    }
                    String key = r.get(user).toLowerCase(Locale.ROOT) + '\u0000' + r.get(app).toLowerCase(Locale.ROOT);
                    LocalDate day = OffsetDateTime.parse(r.get(date)).toLocalDate();
                    latest.merge(key, day, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            Map<String, Long> products = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select name_key, id from product where archived_at is null"
                    + " and name_key is not null union all select alias_key, product_id from app_alias");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    products.putIfAbsent(rs.getString(1), rs.getLong(2));
                }
            }
            Set<String> emails = new HashSet<>();
            latest.keySet().forEach(k -> emails.add(k.substring(0, k.indexOf('\u0000'))));
            Map<String, Long> people = new HashMap<>();
            for (List<String> part : IdChunks.chunks(emails)) {
                try (PreparedStatement ps = IdChunks.prepare(c, "select email_key, id from person where email_key in (%s)",
                        part); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        people.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            Map<Long, Map<Long, LocalDate>> evidence = new LinkedHashMap<>();
            latest.forEach((k, day) -> {
                int cut = k.indexOf('\u0000');
                Long person = people.get(k.substring(0, cut));
                Long product = products.get(k.substring(cut + 1));
                if (person != null && product != null) {
                    evidence.computeIfAbsent(person, x -> new HashMap<>()).merge(product, day, (a, b) -> a.isAfter(b) ? a : b);
                }
            });
            int rows = 0;
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement insert = c.prepareStatement("insert into usage_evidence (person_id, product_id, source,"
                    + " used_on, format, recorded_at) values (?, ?, 'SSO', ?, 'ENTRA_SIGN_INS', ?)")) {
                for (List<Long> part : IdChunks.chunks(evidence.keySet())) {
                    Set<String> stored = new HashSet<>();
                    try (PreparedStatement ps = IdChunks.prepare(c, "select person_id, product_id from usage_evidence"
                            + " where source = 'SSO' and person_id in (%s)", part); ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            stored.add(rs.getLong(1) + "/" + rs.getLong(2));
                        }
                    }
                    for (Long person : part) {
                        for (Map.Entry<Long, LocalDate> e : evidence.get(person).entrySet()) {
                            if (stored.add(person + "/" + e.getKey())) {
                                insert.setLong(1, person);
                                insert.setLong(2, e.getKey());
                                insert.setDate(3, Date.valueOf(e.getValue()));
                                insert.setTimestamp(4, now);
                                insert.addBatch();
                                if (++rows % 1000 == 0) {
                                    insert.executeBatch();
                                }
                            }
                        }
                    }
                }
                insert.executeBatch();
            }
            int seats = refreshSeats(c, evidence.keySet());
            c.commit();
            return String.format(Locale.ROOT, "%,d evidence rows, %,d seats", rows, seats);
        }
    }

    /** The seats of these people given the best of their evidence, written where it changes. */
    private static int refreshSeats(Connection c, Set<Long> people) throws SQLException {
        int changed = 0;
        try (PreparedStatement update = c.prepareStatement(
                "update assignment set evidence_at = ?, evidence_source = ?, evidence_format = ? where id = ?")) {
            for (List<Long> part : IdChunks.chunks(people)) {
                Map<String, Object[]> best = new HashMap<>();
                try (PreparedStatement ps = IdChunks.prepare(c, "select person_id, product_id, used_on, source, format from"
                        + " usage_evidence where person_id in (%s) order by used_on desc nulls last, source", part);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        best.putIfAbsent(rs.getLong(1) + "/" + rs.getLong(2), new Object[] {rs.getDate(3), rs.getString(4),
                            rs.getString(5)});
                    }
                }
                try (PreparedStatement ps = IdChunks.prepare(c, "select a.id, a.person_id, l.product_id, a.evidence_at,"
                        + " a.evidence_source, a.evidence_format from assignment a join license l on l.id = a.license_id"
                        + " where a.revoked_at is null and a.person_id in (%s)", part); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] want = best.get(rs.getLong(2) + "/" + rs.getLong(3));
                        Object[] now = {rs.getDate(4), rs.getString(5), rs.getString(6)};
                        if (want == null ? now[1] != null : !Objects.equals(want[0], now[0]) || !Objects.equals(want[1], now[1])
                            || !Objects.equals(want[2], now[2])) {
                            if (want == null || want[0] == null) {
                                update.setNull(1, Types.DATE);
                            } else {
                                update.setDate(1, (Date) want[0]);
                            }
                            update.setString(2, want == null ? null : (String) want[1]);
                            update.setString(3, want == null ? null : (String) want[2]);
                            update.setLong(4, rs.getLong(1));
                            update.addBatch();
                            if (++changed % 1000 == 0) {
                                update.executeBatch();
                            }
                        }
                    }
                }
            }
            update.executeBatch();
        }
        return changed;
    }
}
