package dev.seatledger.core.usage;

import dev.seatledger.core.common.CancelledException;
import dev.seatledger.core.common.FieldError;
import dev.seatledger.core.common.IdChunks;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.people.PersonKeys;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a usage file, rolled up as it was read ({@link UsageRollup}), into evidence per person and catalog product
 * (ADR 0043). {@link #plan} reads only: people by e-mail or alias (never created), products by name (the one seam
 * {@link ApplicationProducts}), and the evidence already stored, so a re-imported file changes nothing and an older
 * file never moves a date back. {@link #apply} writes the plan in one transaction, in batches, then the seats of the
 * people whose evidence changed ({@link SeatEvidence}).
 */
public class UsageImporter {
    static final int BATCH = 1000;

    private final Transactions tx;
    private final Clock clock;
    private final dev.seatledger.core.recognition.RecognitionService recognition;

    public UsageImporter(Transactions tx, Clock clock, dev.seatledger.core.recognition.RecognitionService recognition) {
        this.tx = tx;
        this.clock = clock;
        this.recognition = recognition;
    }

    /** The live catalog product with this id or name (compared as product names are), or null. */
    public Long productNamed(String idOrName) {
        String t = idOrName.strip();
        return tx.read(session -> session.createSelectionQuery("select p.id from Product p where p.archivedAt is null"
                + " and (p.nameKey = :key or str(p.id) = :id)", Long.class)
            .setParameter("key", dev.seatledger.core.catalog.Product.normalize(t)).setParameter("id", t)
            .setMaxResults(1).uniqueResult());
    }

    /** The plan of a file; {@code productId}, when given, is the product of a single-product export. */
    public UsagePlan plan(UsageRollup rollup, Long productId) {
        return tx.read(session -> session.doReturningWork(c -> plan(c, rollup, productId)));
    }

    private UsagePlan plan(Connection c, UsageRollup rollup, Long productOverride) throws SQLException {
        ApplicationProducts products = ApplicationProducts.load(recognition, c);
        Map<String, Long> productOf = new HashMap<>();
        for (String app : rollup.applications()) {
            Long id = productOverride != null && !rollup.quiet(app) ? productOverride : products.productOf(app);
            if (id != null) {
                productOf.put(app, id);
            }
        }
        Set<String> keys = new HashSet<>();
        rollup.forEachUse((account, app, day) -> keys.add(Person.normalizeEmail(account)));
        Map<String, Long> people = PersonKeys.resolve(c, keys);
        Map<Long, Map<Long, LocalDate>> evidence = new HashMap<>();
        Set<Long> matched = new HashSet<>();
        Set<String> unknownPeople = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Set<String>> unknownApps = new HashMap<>();
        int[] uses = new int[1];
        rollup.forEachUse((account, app, day) -> {
            Long person = people.get(Person.normalizeEmail(account));
            Long product = productOf.get(app);
            if (person == null) {
                unknownPeople.add(account);
            } else {
                matched.add(person);
            }
            if (product == null && !rollup.quiet(app)) {
                unknownApps.computeIfAbsent(app, k -> new HashSet<>()).add(Person.normalizeEmail(account));
            }
            if (person != null && product != null) {
                uses[0]++;
                evidence.computeIfAbsent(person, k -> new HashMap<>()).merge(product, day == null ? NEVER : day,
                    (a, b) -> later(a, b));
            }
        });
        List<UsagePlan.Evidence> added = new ArrayList<>();
        List<UsagePlan.Evidence> forward = new ArrayList<>();
        int unchanged = rollup.format().source == null ? 0 : diff(c, rollup.format().source.name(), evidence, added, forward);
        List<UsagePlan.UnknownApplication> apps = new ArrayList<>();
        unknownApps.forEach((name, who) -> apps.add(new UsagePlan.UnknownApplication(name, who.size())));
        apps.sort(Comparator.comparingInt(UsagePlan.UnknownApplication::people).reversed()
            .thenComparing(UsagePlan.UnknownApplication::name, String.CASE_INSENSITIVE_ORDER));
        return new UsagePlan(rollup.format(), rollup.lines(), uses[0], rollup.failedSignIns(), rollup.otherEvents(),
            rollup.guests(), rollup.serviceAccounts(), matched.size(), List.copyOf(unknownPeople), apps, added, forward,
            unchanged, rollup.problems(), rollup.problemCount());
    }

    /** "Never used", ordered before every day. */
    private static final LocalDate NEVER = LocalDate.MIN;

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Splits the file's evidence into rows to add and rows to move forward; returns how many change nothing. */
    private static int diff(Connection c, String source, Map<Long, Map<Long, LocalDate>> evidence,
                            List<UsagePlan.Evidence> added, List<UsagePlan.Evidence> forward) throws SQLException {
        int unchanged = 0;
        for (List<Long> part : IdChunks.chunks(evidence.keySet())) {
            Map<Long, Map<Long, LocalDate>> stored = new HashMap<>();
            try (PreparedStatement ps = IdChunks.prepare(c, "select person_id, product_id, used_on from usage_evidence"
                    + " where source = '" + source + "' and person_id in (%s)", part); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date day = rs.getDate(3);
                    stored.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                        day == null ? NEVER : day.toLocalDate());
                }
            }
            for (Long person : part) {
                for (Map.Entry<Long, LocalDate> e : evidence.get(person).entrySet()) {
                    Map<Long, LocalDate> mine = stored.getOrDefault(person, Map.of());
                    LocalDate before = mine.get(e.getKey());
                    LocalDate day = e.getValue() == NEVER ? null : e.getValue();
                    if (!mine.containsKey(e.getKey())) {
                        added.add(new UsagePlan.Evidence(person, e.getKey(), day));
                    } else if (e.getValue().isAfter(before)) {
                        forward.add(new UsagePlan.Evidence(person, e.getKey(), day));
                    } else {
                        unchanged++;
                    }
                }
            }
        }
        return unchanged;
    }

    /**
     * Writes the plan in one transaction; a cancel between batches rolls everything back. A plan with problems is
     * refused unless {@code skipInvalid} (the lines with problems gave no evidence).
     */
    public UsageImportResult apply(UsagePlan plan, boolean skipInvalid, Progress progress) {
        if (!plan.valid() && !skipInvalid) {
            throw new ValidationException(plan.problems().stream()
                .map(p -> new FieldError(p.field() == null ? "file" : p.field(), p.toString())).toList());
        }
        if (!plan.changesSomething()) {
            return new UsageImportResult(plan, 0);
        }
        return tx.write(session -> session.doReturningWork(c -> {
            long total = plan.added().size() + plan.movedForward().size();
            progress.update(0, total);
            Timestamp now = Timestamp.from(clock.instant());
            String source = plan.format().source.name();
            write(c, "insert into usage_evidence (used_on, format, recorded_at, person_id, product_id, source)"
                + " values (?, ?, ?, ?, ?, ?)", plan.added(), plan.format(), source, now, progress, 0, total);
            write(c, "update usage_evidence set used_on = ?, format = ?, recorded_at = ? where person_id = ?"
                + " and product_id = ? and source = ?", plan.movedForward(), plan.format(), source, now, progress,
                plan.added().size(), total);
            Set<Long> touched = new LinkedHashSet<>();
            plan.added().forEach(e -> touched.add(e.personId()));
            plan.movedForward().forEach(e -> touched.add(e.personId()));
            int seats = SeatEvidence.refresh(c, touched);
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            return new UsageImportResult(plan, seats);
        }));
    }

    private static void write(Connection c, String sql, List<UsagePlan.Evidence> rows, UsageFormat format, String source,
                              Timestamp now, Progress progress, long done, long total) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (UsagePlan.Evidence e : rows) {
                if (e.day() == null) {
                    ps.setNull(1, Types.DATE);
                } else {
                    ps.setDate(1, Date.valueOf(e.day()));
                }
                ps.setString(2, format.name());
                ps.setTimestamp(3, now);
                ps.setLong(4, e.personId());
                ps.setLong(5, e.productId());
                ps.setString(6, source);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                    if (progress.isCancelled()) {
                        throw new CancelledException();
                    }
                    progress.update(done + n, total);
                }
            }
            ps.executeBatch();
        }
    }
}
