package dev.seatledger.bench;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.assignment.HolderQuery;
import dev.seatledger.core.assignment.HolderSort;
import dev.seatledger.core.assignment.RevokeReason;
import dev.seatledger.core.common.CurrencyConverter;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.license.LicenseCounts;
import dev.seatledger.core.license.LicenseListing;
import dev.seatledger.core.license.LicenseListRequest;
import dev.seatledger.core.license.LicenseRow;
import dev.seatledger.core.sample.LargeDataset;
import dev.seatledger.core.people.PersonFilter;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.core.telemetry.ParsedTelemetry;
import dev.seatledger.core.telemetry.TelemetryLink;
import dev.seatledger.core.telemetry.TelemetryImportResult;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.core.telemetry.TelemetryRecord;
import dev.seatledger.core.utilization.DormancyFilter;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.core.utilization.UtilizationQuery;
import dev.seatledger.core.utilization.DormantListing;
import dev.seatledger.core.utilization.DormantSort;
import dev.seatledger.core.utilization.UtilizationSummary;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.infra.db.Database;
import dev.seatledger.infra.db.DatabaseConfig;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Measures SeatLedger's core operations on a generated dataset beside the plainest JDBC doing the same
 * work on the same database, and prints medians, ratios and budgets as a Markdown table.
 *
 * <p>System properties: {@code bench.size} (tiny|small|large, default small), {@code bench.data} (folder
 * of the generated database, reused when present), {@code bench.runs} (measured runs, default 5),
 * {@code bench.warmup} (default 2), {@code bench.importRows} (default 1,000,000), {@code bench.reclaim}
 * (seats per reclaim run, default 10,000), {@code bench.assignOps} (assign+revoke pairs per thread, default
 * 50), {@code bench.only} (comma-separated operation numbers 1-6 and 8-11), {@code bench.usageLines} (1,000,000) and
 * {@code bench.usageRuns} (3) for operation 10.
 */
public final class Benchmarks {
    private static final CSVFormat HOLDER_CSV = CSVFormat.DEFAULT.builder().setHeader("Name", "Email", "Department",
        "Status", "Access level", "Account identifier", "Assigned at", "Assigned by", "Last sign-in", "Last used",
        "Inactive seat").get();
    private static final String[] SEARCHES = {"cloud", "sync", "vault", "acme", "po-2025", "forge", "keller", "globex",
        "pulse", "inv-0012", "atlas", "studio", "hooli", "relay", "spark", "tide"};
    private static final String[] PEOPLE_SEARCHES = {"kell", "vogt", "rossi", "berg", "anna", "felix", "sales", "design",
        "novak", "tanaka", "acct-1", "garcia", "okafor", "zoe", "hana", "patel"};
    private static final HolderSort[] SORTS = {HolderSort.EMAIL, HolderSort.ASSIGNED, HolderSort.LAST_ACTIVITY,
        HolderSort.DEPARTMENT, HolderSort.STATUS, HolderSort.ACCESS};

    private final int runs = Integer.getInteger("bench.runs", 5);
    private final int warmup = Integer.getInteger("bench.warmup", 2);
    private final String only = System.getProperty("bench.only", "");
    private final List<Row> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Database db;
    private AppServices s;
    private long bigLicense;
    private int dormancy = 90;

    /** One line of the result table. */
    record Row(String op, String sl, String sql, String ratio, String budget, String met) {
    }

    public static void main(String[] args) throws Exception {
        new Benchmarks().run();
        System.exit(0);
    }

    void run() throws Exception {
        LargeDataset.Size size = LargeDataset.Size.parse(System.getProperty("bench.size", "small"));
        Path source = Path.of(System.getProperty("bench.data", "target/bench-data/" + size.name().toLowerCase(Locale.ROOT)))
            .toAbsolutePath();
        if (!Files.exists(source.resolve("seatledger.mv.db"))) {
            try (Database gen = Database.open(DatabaseConfig.h2(source))) {
                new LargeDataset(gen.transactions(), Clock.systemUTC()).generate(size, System.out::println);
            }
        }
        Path work = source.resolveSibling(source.getFileName() + "-work");
        Files.createDirectories(work);
        Files.copy(source.resolve("seatledger.mv.db"), work.resolve("seatledger.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "Benchmark on a copy of %s (%,d MB), %d runs after %d warm-up%n", source,
            Files.size(work.resolve("seatledger.mv.db")) >> 20, runs, warmup);
        Path base = work.resolve("seatledger").toAbsolutePath();
        DatabaseConfig config = new DatabaseConfig("jdbc:h2:file:" + base + DatabaseConfig.H2_OPTIONS + ";QUERY_CACHE_SIZE=" + Integer.getInteger("bench.queryCache", 0),
            "sa", "", work.resolve("seatledger.mv.db"));
        long t0 = System.nanoTime();
        db = Database.open(config);
        System.out.printf(Locale.ROOT, "Database open in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        s = AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed("bench"),
            AesGcmCipher.forDataFolder(work));
        sql(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("merge into operator_account (name, first_seen, last_seen) key (name)"
                    + " values ('bench', current_timestamp, current_timestamp)");
            }
            c.commit();
            return null;
        });
        bigLicense = sql(c -> single(c, "select id from license order by seats_used desc limit 1"));
        // The ORM's first query of the process compiles its query machinery (about half a second here); the window
        // has made one before a view opens (its notification checks at start), so no "cold" figure carries it. This
        // one reads only the exchange-rate table, none of the data an operation measures.
        System.out.printf(Locale.ROOT, "The ORM's first query in %d ms%n", time(() -> s.finance().rates("EUR")));
        try {
            if (selected(1)) {
                licensesList();
            }
            if (selected(2)) {
                holders();
            }
            if (selected(3)) {
                utilization();
            }
            if (selected(9)) {
                renewals();
            }
            if (selected(11)) {
                positions();
            }
            if (selected(8)) {
                memory("after the read operations (licenses, holders, utilization)");
            }
            if (selected(4)) {
                telemetryImport();
            }
            if (selected(5)) {
                reclaim();
            }
            if (selected(6)) {
                assignRevoke();
            }
            if (selected(10)) {
                usageImport(work);
            }
            if (selected(8)) {
                memory("at the end");
            }
        } finally {
            db.close();
        }
        print();
    }

    /** The People list by hand: the filtered count, then the first 200 in name order with each one's seat count. */
    private long sqlPeople(PersonFilter f) throws SQLException {
        return sql(c -> {
            String where = " where 1 = 1" + (f.department() != null ? " and p.department = ?" : "")
                + (f.status() != null ? " and p.status = ?" : "");
            long n = 0;
            try (PreparedStatement count = c.prepareStatement("select count(*) from person p" + where);
                 PreparedStatement page = c.prepareStatement("select p.id, p.display_name, p.email, p.department,"
                     + " p.job_title, p.status, p.end_date, p.last_sign_in, (select count(*) from assignment a"
                     + " where a.person_id = p.id and a.revoked_at is null) from person p" + where
                     + " order by p.name_key, p.id limit 200")) {
                for (PreparedStatement ps : List.of(count, page)) {
                    int k = 1;
                    if (f.department() != null) {
                        ps.setString(k++, f.department());
                    }
                    if (f.status() != null) {
                        ps.setString(k, f.status().name());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            n += rs.getLong(1);
                        }
                    }
                }
            }
            return n;
        });
    }

    private boolean selected(int op) {
        return only.isBlank() || Arrays.asList(only.split(",")).contains(String.valueOf(op));
    }

    // ---------------------------------------------------------------- 1. Licenses list

    void licensesList() throws Exception {
        LicenseListRequest all = LicenseListRequest.all();
        long cold = time(() -> licensesPage(all));
        Stats st = compare(i -> licensesPage(i % 2 == 0 ? all : all.sortedBy(dev.seatledger.core.license.LicenseSort.PRODUCT, false)),
            i -> sqlLicenses(null, i % 2 == 0));
        add("1a Licenses: list (up to 5,000 rows) + chip + saved-filter counts", st, cold, 150, true);
        Stats counts = compare(i -> s.licenseQuery().counts(all), i -> sqlCounts(null));
        add("1b Licenses: chip + saved-filter counts only", counts, -1, 25, true);
        long coldSearch = time(() -> licensesPage(all.withSearch("nimbus")));
        Stats search = compare(i -> licensesPage(all.withSearch(SEARCHES[i % SEARCHES.length])),
            i -> sqlLicenses(SEARCHES[i % SEARCHES.length], true));
        add("1c Licenses: list + counts with search text", search, coldSearch, 150, true);
        PersonFilter[] peopleFilters = {PersonFilter.all(), new PersonFilter(null, null, PersonStatus.ACTIVE),
            new PersonFilter(null, "Engineering", null), new PersonFilter(null, "Sales", PersonStatus.ACTIVE)};
        long coldPeople = time(() -> s.personQuery().count(PersonFilter.all())
            + s.personQuery().page(PersonFilter.all(), 0, 200).size());
        Stats people = compare(i -> {
            PersonFilter f = peopleFilters[i % peopleFilters.length];
            return s.personQuery().count(f) + s.personQuery().page(f, 0, 200).size();
        }, i -> sqlPeople(peopleFilters[i % peopleFilters.length]));
        add("1d People: count + first page (200) by name with seat counts (no filter, status, department, both in"
            + " turn)", people, coldPeople, 150, true);
    }

    private Object licensesPage(LicenseListRequest r) {
        LicenseListing l = s.licenseQuery().listing(r);
        return l.rows().size() + l.matching() + l.counts().all();
    }

    private Object sqlLicenses(String search, boolean asc) throws SQLException {
        return sql(c -> {
            String where = " where l.archived_at is null" + (search == null ? "" : LICENSE_SEARCH);
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("select l.id, p.id, p.name, p.publisher, l.name, p.grade_letter,"
                + " p.risk_level, l.seat_type, l.seats_used, l.seats_total, case l.billing_cycle"
                + " when 'MONTHLY' then coalesce(l.total_cost, l.cost_per_seat * l.seats_total) * 12"
                + " when 'QUARTERLY' then coalesce(l.total_cost, l.cost_per_seat * l.seats_total) * 4"
                + " when 'ANNUAL' then coalesce(l.total_cost, l.cost_per_seat * l.seats_total)"
                + " when 'BIENNIAL' then coalesce(l.total_cost, l.cost_per_seat * l.seats_total) / 2"
                + " when 'CUSTOM' then l.custom_annual_cost end, l.currency, l.billing_cycle,"
                + " l.expiry_date, l.renewal_notice_days, l.status, l.business_owner, l.archived_at is not null,"
                + " exists (select 1 from usage_audit ua where ua.open_license_id = l.id), p.grade_summary"
                + " from license l join product p on p.id = l.product_id" + where
                + " order by lower(p.name) " + (asc ? "asc" : "desc") + " nulls last, l.id limit 5000")) {
                likes(ps, search, 6);
                // every value the list shows is read, as a list must
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (int col = 1; col <= 20; col++) {
                            if (rs.getObject(col) != null) {
                                n++;
                            }
                        }
                    }
                }
            }
            return n + (Long) sqlCountsOn(c, search);
        });
    }

    private Object sqlCounts(String search) throws SQLException {
        return sql(c -> sqlCountsOn(c, search));
    }

    private static final String LICENSE_SEARCH = " and (lower(p.name) like ? or lower(coalesce(l.name, '')) like ?"
        + " or lower(p.publisher) like ? or lower(coalesce(l.business_owner, '')) like ?"
        + " or lower(coalesce(l.purchase_order, '')) like ? or lower(coalesce(l.invoice_number, '')) like ?)";

    private Object sqlCountsOn(Connection c, String search) throws SQLException {
        String where = " from license l join product p on p.id = l.product_id where l.archived_at is null"
            + (search == null ? "" : LICENSE_SEARCH);
        long total = 0;
        try (PreparedStatement ps = c.prepareStatement("select l.status, count(*)" + where + " group by l.status")) {
            likes(ps, search, 6, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total += rs.getLong(2);
                }
            }
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement("select"
            + " sum(case when l.expiry_date >= ? and l.expiry_date <= ? then 1 else 0 end),"
            + " sum(case when l.expiry_date < ? then 1 else 0 end),"
            + " sum(case when l.seat_type <> 'UNLIMITED' and l.seats_used >= l.seats_total then 1 else 0 end),"
            + " sum(case when l.seat_type <> 'UNLIMITED' and l.seats_total > 1 and l.seats_used * 2 < l.seats_total then 1 else 0 end)"
            + where)) {
            ps.setDate(1, Date.valueOf(today));
            ps.setDate(2, Date.valueOf(today.plusDays(30)));
            ps.setDate(3, Date.valueOf(today));
            likes(ps, search, 6, 4);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total += rs.getLong(1) + rs.getLong(4);
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- 2. View all users

    void holders() throws Exception {
        int page = 200;
        long coldPage = time(() -> licensePage(bigLicense, 10));
        Stats licensePage = compare(i -> licensePage(bigLicense, 10 + i % 3), i -> sqlLicensePage(bigLicense, 10 + i % 3));
        add("2f License page of the 100,000-seat license: detail, seat counts, first holders, latest seat events",
            licensePage, coldPage, 150, true);
        long cold = time(() -> s.holders().count(bigLicense, HolderFilter.all())
            + s.holders().page(bigLicense, HolderFilter.all(), 0, page).size());
        Stats first = compare(i -> s.holders().count(bigLicense, HolderFilter.all())
                + s.holders().page(bigLicense, HolderFilter.all(), 0, page).size(),
            i -> sqlHolders(null, "lower(p.display_name)", true, page));
        add("2a All users of the 100,000-seat license: count + first page (200, by name)", first, cold, 150, true);
        Stats deep = compare(i -> s.holders().page(bigLicense, HolderFilter.all(), 50_000 + i * 200, page).size(),
            i -> sqlHoldersAt(50_000 + i * 200, page));
        add("2b All users: page at row 50,000 (scrolling)", deep, -1, 150, true);
        long coldSearch = time(() -> s.holders().count(bigLicense, HolderFilter.all().withSearch("lindqvist"))
            + s.holders().page(bigLicense, HolderFilter.all().withSearch("lindqvist"), 0, page).size());
        Stats search = compare(i -> {
            HolderFilter f = HolderFilter.all().withSearch(PEOPLE_SEARCHES[i % PEOPLE_SEARCHES.length]);
            return s.holders().count(bigLicense, f) + s.holders().page(bigLicense, f, 0, page).size();
        }, i -> sqlHolders(PEOPLE_SEARCHES[i % PEOPLE_SEARCHES.length], "lower(p.display_name)", true, page));
        add("2c All users: search (count + first page)", search, coldSearch, 150, true);
        Stats sort = compare(i -> {
            HolderFilter f = HolderFilter.all().sortedBy(SORTS[i % SORTS.length], i % 2 == 1);
            long t0 = System.nanoTime();
            int n = s.holders().page(bigLicense, f, 0, page).size();
            System.out.printf(Locale.ROOT, "  sort by %s%s: %.0f ms%n", SORTS[i % SORTS.length], i % 2 == 1 ? " descending" : "",
                (System.nanoTime() - t0) / 1e6);
            return n;
        }, i -> sqlHolders(null, sortSql(SORTS[i % SORTS.length]), i % 2 == 1, page));
        add("2d All users: sort by another column (first page)", sort, -1, 150, true);
        int exportRuns = Math.max(3, runs / 2);
        Stats export = compare(exportRuns, i -> s.holders().exportCsv(bigLicense, HolderFilter.all(), Writer.nullWriter(),
            Progress.NONE), i -> sqlExport());
        add("2e All users: CSV export of all 100,000 rows", export, -1, 3000, false);
    }

    private static String sortSql(HolderSort sort) {
        return switch (sort) {
            case NAME -> "lower(p.display_name)";
            case EMAIL -> "p.email_key";
            case DEPARTMENT -> "lower(p.department)";
            case STATUS -> "p.status";
            case ACCESS -> "lower(a.access_level)";
            case ASSIGNED -> "a.assigned_at";
            case LAST_ACTIVITY -> "coalesce(a.last_used_at, p.last_sign_in)";
        };
    }

    private Object sqlHolders(String search, String order, boolean asc, int limit) throws SQLException {
        return sql(c -> {
            String where = " from assignment a join person p on p.id = a.person_id where a.license_id = ? and a.revoked_at is null"
                + (search == null ? "" : " and (lower(p.display_name) like ? or p.email_key like ?"
                + " or lower(coalesce(p.department, '')) like ? or lower(coalesce(a.access_level, '')) like ?"
                + " or lower(coalesce(a.account_identifier, '')) like ?)");
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("select count(*)" + where)) {
                ps.setLong(1, bigLicense);
                likes(ps, search, 5, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select a.id, p.id, p.display_name, p.email, p.department,"
                + " p.status, a.access_level, a.account_identifier, a.assigned_at, a.assigned_by, p.last_sign_in,"
                + " a.last_used_at" + where + " order by " + order + (asc ? " asc" : " desc") + " nulls last, a.id limit " + limit)) {
                ps.setLong(1, bigLicense);
                likes(ps, search, 5, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
            }
            return n;
        });
    }

    private Object sqlHoldersAt(int offset, int limit) throws SQLException {
        return sql(c -> {
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("select a.id, p.id, p.display_name, p.email, p.department,"
                + " p.status, a.access_level, a.account_identifier, a.assigned_at, a.assigned_by, p.last_sign_in,"
                + " a.last_used_at from assignment a join person p on p.id = a.person_id"
                + " where a.license_id = ? and a.revoked_at is null"
                + " order by lower(p.display_name), a.id offset ? rows fetch next ? rows only")) {
                ps.setLong(1, bigLicense);
                ps.setInt(2, offset);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                    }
                }
            }
            return n;
        });
    }

    private Object sqlExport() throws Exception {
        LocalDate cutoff = LocalDate.now(ZoneOffset.UTC).minusDays(90);
        return sql(c -> {
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("select p.display_name, p.email, p.department, p.status,"
                + " a.access_level, a.account_identifier, a.assigned_at, a.assigned_by, p.last_sign_in, a.last_used_at"
                + " from assignment a join person p on p.id = a.person_id where a.license_id = ? and a.revoked_at is null"
                + " order by lower(p.display_name), a.id");
                 CSVPrinter csv = new CSVPrinter(Writer.nullWriter(), HOLDER_CSV)) {
                ps.setFetchSize(1000);
                ps.setLong(1, bigLicense);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Date signIn = rs.getDate(9);
                        Date used = rs.getDate(10);
                        LocalDate last = used != null ? used.toLocalDate() : signIn == null ? null : signIn.toLocalDate();
                        boolean inactive = !"ACTIVE".equals(rs.getString(4)) || last == null || last.isBefore(cutoff);
                        csv.printRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4).toLowerCase(Locale.ROOT), rs.getString(5), rs.getString(6),
                            rs.getTimestamp(7).toInstant(), rs.getString(8), signIn, used, inactive ? "yes" : "no");
                        n++;
                    }
                }
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            return n;
        });
    }

    // ---------------------------------------------------------------- 3. Utilization

    void utilization() throws Exception {
        CurrencyConverter eur = CurrencyConverter.baseOnly(() -> "EUR");
        int page = 200;
        long cold = time(() -> utilizationView(new UtilizationQuery(s.tx(), Clock.systemUTC(), () -> 90, eur), page));
        Stats st = compare(i -> {
            int days = 90 + i;
            return utilizationView(new UtilizationQuery(s.tx(), Clock.systemUTC(), () -> days, eur), page);
        }, i -> sqlUtilization(90 + i, page));
        add("3a Utilization as the view opens: ranking, dormant counts by license/department/signal and savings"
            + " (one grouped query), first page of dormant seats (200), whole dataset", st, cold, 1000, false);
        List<String> departments = sql(c -> strings(c, "select distinct department from person"
            + " where department is not null order by department"));
        // As the view filters: the count from the summary it read on opening, then the first page in SQL.
        // The summaries (one per dormancy window) are read before the timing starts.
        Map<Integer, UtilizationSummary> summaries = new HashMap<>();
        for (int i : IntStream.concat(IntStream.range(0, runs), IntStream.range(1000, 1000 + warmup)).toArray()) {
            int days = 90 + i;
            summaries.put(i, new UtilizationQuery(s.tx(), Clock.systemUTC(), () -> days, eur).summary());
        }
        Stats filtered = compare(i -> {
            int days = 90 + i;
            UtilizationQuery q = new UtilizationQuery(s.tx(), Clock.systemUTC(), () -> days, eur);
            DormancyFilter f = new DormancyFilter(null, null, departments.get(i % departments.size()));
            UtilizationSummary known = summaries.get(i);
            return known.count(f) + q.dormantPage(f, DormantSort.HOLDER, true, 0, page, known).size();
        }, i -> sqlDormantPage(90 + i, departments.get(i % departments.size()), 0, page));
        add("3b Utilization: dormant seats of one department (count from the view's summary + first page by holder;"
            + " plain: count + page)", filtered, -1, 150, true);
        // As the table pages (DormantListing): a jump to row 50,000 reads the order of every dormant seat once,
        // the pages after it are cut from that order and read by id.
        Map<Integer, DormantListing> listings = new HashMap<>();
        Stats deep = compare(i -> {
            int days = 90 + i;
            DormantListing listing = new DormantListing(new UtilizationQuery(s.tx(), Clock.systemUTC(), () -> days, eur),
                DormancyFilter.all(), DormantSort.HOLDER, true, null);
            listings.put(i, listing);
            return listing.page(50_000 + (i % 10) * page, page).size();
        }, i -> sqlDormantPage(90 + i, null, 50_000 + (i % 10) * page, page));
        add("3c Utilization: dormant seats, a jump to row 50,000 (by holder)", deep, -1, 150, true);
        Stats next = compare(i -> listings.get(i).page(50_000 + (i % 10 + 1) * page, page).size(),
            i -> sqlDormantPage(90 + i, null, 50_000 + (i % 10 + 1) * page, page));
        add("3e Utilization: dormant seats, the next page after that jump (scrolling on)", next, -1, 150, true);
        // As the view reads ahead (UtilizationViewModel): the order is read while the first page shows, so a jump
        // made once it is ready is one page read by id. The orders are read before the timing starts.
        Map<Integer, DormantListing> ready = new HashMap<>();
        for (int i : IntStream.concat(IntStream.range(0, runs), IntStream.range(1000, 1000 + warmup)).toArray()) {
            int days = 90 + i;
            DormantListing listing = new DormantListing(new UtilizationQuery(s.tx(), Clock.systemUTC(), () -> days, eur),
                DormancyFilter.all(), DormantSort.HOLDER, true, null);
            listing.prepareDeepPages(Long.MAX_VALUE);
            ready.put(i, listing);
        }
        Stats ahead = compare(i -> ready.get(i).page(50_000 + (i % 10) * page, page).size(),
            i -> sqlDormantPage(90 + i, null, 50_000 + (i % 10) * page, page));
        add("3f Utilization: dormant seats, a jump to row 50,000 once the view has read the order ahead", ahead, -1,
            150, true);
        long coldLists = time(this::reconciliationLists);
        Stats lists = compare(i -> reconciliationLists(), i -> sqlReconciliationLists());
        add("3d Utilization: reconciliation lists and devices, read after the view opens (paid but unused 2,000,"
            + " shadow IT 500, unknown applications 500, devices 5,000)", lists, coldLists, 1000, false);
    }

    private Object reconciliationLists() {
        TelemetryQuery t = s.telemetry();
        return t.paidUnused(2000).size() + t.shadowIt(500).size() + t.unknownApps(500).size() + t.devices(5000).size();
    }

    /**
     * The same four lists, each as one hand-written query on the same schema (V19: each application's product and
     * device count once, in reported_app; V17: whether the holder's devices report, have the product installed and
     * use it, on the seat).
     */
    private Object sqlReconciliationLists() throws SQLException {
        String[] queries = {
            "select a.id, case when l.name is null then p.name else p.name || ' - ' || l.name end, pe.display_name,"
                + " pe.email, a.product_installed"
                + " from assignment a join license l on l.id = a.license_id join product p on p.id = l.product_id"
                + " join person pe on pe.id = a.person_id where a.revoked_at is null and l.archived_at is null"
                + " and a.holder_reports and not a.product_in_use order by p.name, pe.display_name"
                + " fetch first 2000 rows only",
            "select pr.id, pr.name, sum(ra.devices) from product pr join reported_app ra"
                + " on ra.product_id = pr.id where ra.devices > 0 and not exists (select 1 from license l"
                + " where l.product_id = pr.id and l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL',"
                + " 'TRIAL')) group by pr.id, pr.name order by sum(ra.devices) desc fetch first 500 rows only",
            "select app_key, display_name, devices from reported_app where product_id is null and devices > 0"
                + " order by devices desc, app_key fetch first 500 rows only",
            "select d.id, d.hostname, pe.display_name, d.last_seen, d.apps_installed from device d"
                + " left join person pe on pe.id = d.primary_person_id order by d.host_key fetch first 5000 rows only"};
        return sql(c -> {
            long n = 0;
            for (String q : queries) {
                try (PreparedStatement ps = c.prepareStatement(q)) {
                    n += readAll(ps);
                }
            }
            return n;
        });
    }

    /** What the Utilization view reads when it opens: the summary (grouped counts, ranking) and the first page. */
    private static Object utilizationView(UtilizationQuery q, int page) {
        UtilizationSummary summary = q.summary();
        long count = summary.count(DormancyFilter.all());
        return summary.ranking().size() + summary.dormantSeats() + count
            + q.dormantPage(DormancyFilter.all(), DormantSort.LICENSE, true, 0, page, summary).size()
            + summary.departments().size();
    }

    /** What the license page reads as it opens: the license, its seat counts, the holders preview, the seat history. */
    private Object licensePage(long license, int preview) {
        return s.licenses().detail(license).id() + s.seats().summary(license).tracked()
            + s.holders().page(license, HolderFilter.all(), 0, preview).size() + s.seats().history(license, preview).size();
    }

    private Object sqlLicensePage(long license, int preview) throws SQLException {
        return sql(c -> {
            long n = 0;
            for (String q : new String[] {
                "select l.*, p.name, p.publisher from license l join product p on p.id = l.product_id where l.id = ?",
                "select count(*) from assignment where license_id = ? and revoked_at is null",
                "select a.id, p.display_name, p.email, p.department, a.assigned_at from assignment a"
                    + " join person p on p.id = a.person_id where a.license_id = ? and a.revoked_at is null"
                    + " order by a.holder_key, a.id fetch first " + preview + " rows only",
                "select a.id, p.id, p.display_name, p.email, a.assigned_at, a.assigned_by, a.revoked_at, a.revoked_by,"
                    + " a.revoke_reason from assignment a join person p on p.id = a.person_id where a.license_id = ?"
                    + " order by coalesce(a.revoked_at, a.assigned_at) desc, a.id desc fetch first " + preview + " rows only"}) {
                try (PreparedStatement ps = c.prepareStatement(q)) {
                    ps.setLong(1, license);
                    n += readAll(ps);
                }
            }
            return n;
        });
    }

    // ---------------------------------------------------------------- 11. Compliance position and showback

    /**
     * The compliance position (every product and seat type: live licenses, seats with real use since the cutoff per
     * license, devices per product) and showback by department (every active seat grouped by license and department,
     * the live licenses' costs); the plain side runs the same reads by hand and keeps the rows. The window varies
     * from run to run (90, 91, … days).
     */
    void positions() throws Exception {
        Work compliance = i -> new dev.seatledger.core.compliance.ComplianceQuery(s.tx(), Clock.systemUTC(),
            () -> LocalDate.now(ZoneOffset.UTC).minusDays(90 + i % 30), s.finance()::rates).position("EUR").rows().size();
        long cold = time(() -> compliance.run(500));
        add("11a Compliance position: every product and seat type", compare(compliance, i -> sqlCompliance(90 + i % 30)),
            cold, 150, true);
        Work showback = i -> new dev.seatledger.core.compliance.ShowbackQuery(s.tx(), s.finance()::rates)
            .showback("EUR", i % 2 == 0 ? dev.seatledger.core.compliance.ShowbackGrouping.DEPARTMENT
                : dev.seatledger.core.compliance.ShowbackGrouping.COST_CENTRE).lines().size();
        cold = time(() -> showback.run(500));
        add("11b Showback: every active seat's yearly cost by department (or cost centre)",
            compare(showback, i -> sqlShowback(i % 2 == 0 ? "department" : "cost_centre")), cold, 150, true);
        Stats scan = compare(showback, i -> sqlShowbackScan(i % 2 == 0 ? "holder_department" : "holder_cost_centre"));
        addMs("11c Showback beside the grouping of every active seat it replaced (plain SQL, the read before V23)",
            scan.sl(), scan.sql(), 150, "reference", false);
    }

    private static final String PLAIN_LIVE_LICENSES = "select l.id, l.product_id, p.name, l.seat_type, l.seats_total,"
        + " l.seats_used, l.cost_per_seat, l.total_cost, l.custom_annual_cost, l.currency, l.billing_cycle from license l"
        + " join product p on p.id = l.product_id where l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL')";

    private Object sqlCompliance(int days) throws SQLException {
        return sql(c -> {
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement(PLAIN_LIVE_LICENSES)) {
                n += readAll(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("select a.license_id, count(*) from assignment a"
                + " where a.revoked_at is null and a.holder_status = 'ACTIVE' and a.used_source is not null"
                + " and a.used_at >= ? group by a.license_id")) {
                ps.setDate(1, Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(days)));
                n += readAll(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("select ra.product_id, sum(ra.devices), count(*) from reported_app ra"
                + " where ra.product_id is not null and ra.devices > 0 group by ra.product_id")) {
                n += readAll(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("select p.id, p.name from product p where p.archived_at is null")) {
                n += readAll(ps);
            }
            return n;
        });
    }

    /** Showback's reads by hand: the kept counts of active seats per license and group (V23), the live licenses. */
    private Object sqlShowback(String column) throws SQLException {
        return sql(c -> {
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("select license_id, " + column + ", sum(seats)"
                + " from seat_group_count group by license_id, " + column + " having sum(seats) > 0")) {
                n += readAll(ps);
            }
            try (PreparedStatement ps = c.prepareStatement(PLAIN_LIVE_LICENSES)) {
                n += readAll(ps);
            }
            return n;
        });
    }

    /** Showback's reads before V23: every active seat grouped by license and group, the live licenses. */
    private Object sqlShowbackScan(String column) throws SQLException {
        return sql(c -> {
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("select a.license_id, a." + column + ", count(*) from assignment a"
                + " where a.revoked_at is null group by a.license_id, a." + column)) {
                n += readAll(ps);
            }
            try (PreparedStatement ps = c.prepareStatement(PLAIN_LIVE_LICENSES)) {
                n += readAll(ps);
            }
            return n;
        });
    }

    // ---------------------------------------------------------------- 9. Renewals

    /**
     * The Renewals tab as it opens: the spend dashboard (run-rate, cash-out forecast, largest renewals, potential
     * savings) and the agenda with each license's suggested renewal target (used seats minus dormant ones). The
     * plain side reads the same licenses with their renewal decisions, and the dormant seats counted by license.
     */
    void renewals() throws Exception {
        CurrencyConverter eur = CurrencyConverter.baseOnly(() -> "EUR");
        Work app = i -> {
            int days = 90 + i;
            UtilizationQuery u = new UtilizationQuery(s.tx(), Clock.systemUTC(), () -> days, eur);
            FinanceQuery f = new FinanceQuery(s.tx(), Clock.systemUTC(), u::savingsByCurrency, u::dormantCountsByLicense)
                .sharedReads();
            java.time.YearMonth month = java.time.YearMonth.now(ZoneOffset.UTC);
            return f.dashboard("EUR").forecast().size() + f.agenda("EUR", null).rows().size()
                + f.dates("EUR", month.atDay(1), month.atEndOfMonth()).size();
        };
        long cold = time(() -> app.run(500));
        Stats st = compare(app, i -> sqlRenewals(90 + i));
        add("9 Renewals tab as it opens: spend dashboard, agenda with suggested renewal targets, the month's calendar",
            st, cold, 1000, false);
    }

    private Object sqlRenewals(int days) throws SQLException {
        LocalDate cutoff = LocalDate.now(ZoneOffset.UTC).minusDays(days);
        return sql(c -> {
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("select l.id, p.name, p.publisher, p.category, l.name,"
                + " l.business_owner, l.status, l.seat_type, l.seats_total, l.seats_used, l.cost_per_seat, l.total_cost,"
                + " l.custom_annual_cost, l.currency, l.billing_cycle, l.purchase_date, l.start_date, l.expiry_date,"
                + " l.renewal_date, l.auto_renew, l.renewal_notice_days, d.decision, d.target_seats, d.notes"
                + " from license l join product p on p.id = l.product_id left join renewal_decision d on d.license_id = l.id"
                + " where l.archived_at is null and l.status in ('ACTIVE', 'TRIAL', 'PENDING_RENEWAL')"
                + " order by p.name, l.name, l.id")) {
                n += readAll(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("select a.license_id, count(*)" + PLAIN_DORMANT
                + " group by a.license_id")) {
                cutoff(ps, cutoff);
                n += readAll(ps);
            }
            return n;
        });
    }

    /** Since V11 the holder's status, department and sign-in are on the seat; the plain side reads them there too. */
    private static final String PLAIN_DORMANT = " from assignment a join license l on l.id = a.license_id"
        + " where a.revoked_at is null and l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL')"
        + " and (a.holder_status <> 'ACTIVE' or (a.assigned_at < ? and ((a.has_telemetry and (a.last_used_at is null"
        + " or a.last_used_at < ?)) or (not a.has_telemetry and (a.holder_sign_in is null or a.holder_sign_in < ?)))))";

    private static final String PLAIN_DORMANT_COLUMNS = "select a.id, l.id, p.name, l.name, pe.id, pe.display_name,"
        + " pe.email, pe.department, a.has_telemetry, pe.status, a.last_used_at, pe.last_sign_in, l.billing_cycle,"
        + " l.cost_per_seat, l.total_cost, l.custom_annual_cost, l.seats_total, l.seat_type, l.currency";

    private static void cutoff(PreparedStatement ps, LocalDate cutoff) throws SQLException {
        ps.setTimestamp(1, Timestamp.from(cutoff.atStartOfDay().toInstant(ZoneOffset.UTC)));
        ps.setDate(2, Date.valueOf(cutoff));
        ps.setDate(3, Date.valueOf(cutoff));
    }

    private static long readAll(PreparedStatement ps) throws SQLException {
        long n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    n += rs.getObject(c) == null ? 0 : 1;
                }
            }
        }
        return n;
    }

    /** The same reads as the view, each as one hand-written query: grouped counts, licenses, first page. */
    private Object sqlUtilization(int days, int page) throws SQLException {
        LocalDate cutoff = LocalDate.now(ZoneOffset.UTC).minusDays(days);
        return sql(c -> {
            long n = 0;
            String signal = "case when a.holder_status <> 'ACTIVE' then 'USER_STATUS' when a.has_telemetry"
                + " then 'REAL_USAGE' else 'LOGIN_PROXY' end";
            try (PreparedStatement ps = c.prepareStatement("select a.license_id, l.product_id, a.holder_department, "
                + signal + ", count(*)" + PLAIN_DORMANT + " group by a.license_id, l.product_id, a.holder_department, "
                + signal)) {
                cutoff(ps, cutoff);
                n += readAll(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("select l.id, p.name, l.name, p.publisher, l.seats_used,"
                + " l.seats_total, l.seat_type, l.currency, l.billing_cycle, l.cost_per_seat, l.total_cost,"
                + " l.custom_annual_cost from license l join product p on p.id = l.product_id"
                + " where l.archived_at is null and l.status in ('ACTIVE', 'PENDING_RENEWAL')"
                + " order by case when l.seats_total > 0 then l.seats_used * 1.0 / l.seats_total else -1 end desc, p.name")) {
                n += readAll(ps);
            }
            try (PreparedStatement ps = c.prepareStatement(PLAIN_DORMANT_COLUMNS + PLAIN_DORMANT.replace(
                    " where ", " join product p on p.id = l.product_id join person pe on pe.id = a.person_id where ")
                + " order by lower(p.name), l.id, a.holder_key, a.id limit " + page)) {
                cutoff(ps, cutoff);
                n += readAll(ps);
            }
            return n;
        });
    }

    /** Count (when at the first row) and one page of dormant seats by holder, optionally of one department. */
    private Object sqlDormantPage(int days, String department, int offset, int page) throws SQLException {
        LocalDate cutoff = LocalDate.now(ZoneOffset.UTC).minusDays(days);
        String where = PLAIN_DORMANT + (department == null ? "" : " and a.holder_department = ?");
        return sql(c -> {
            long n = 0;
            if (offset == 0) {
                try (PreparedStatement ps = c.prepareStatement("select count(*)" + where)) {
                    cutoff(ps, cutoff);
                    if (department != null) {
                        ps.setString(4, department);
                    }
                    n += readAll(ps);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(PLAIN_DORMANT_COLUMNS + where.replace(
                    " where ", " join product p on p.id = l.product_id join person pe on pe.id = a.person_id where ")
                + " order by a.holder_key, a.id offset " + offset + " rows fetch next " + page + " rows only")) {
                cutoff(ps, cutoff);
                if (department != null) {
                    ps.setString(4, department);
                }
                n += readAll(ps);
            }
            return n;
        });
    }

    // ---------------------------------------------------------------- 4. Telemetry import

    void telemetryImport() throws Exception {
        int rows = Integer.getInteger("bench.importRows", 1_000_000);
        int appsPerHost = 100;
        int hosts = Math.max(1, rows / appsPerHost);
        List<String> products = sql(c -> strings(c, "select name from product order by id"));
        String withoutDevice = " from person where id not in"
            + " (select primary_person_id from device where primary_person_id is not null) order by id";
        List<String> emails = sql(c -> strings(c, "select email" + withoutDevice));
        List<String> personIds = sql(c -> strings(c, "select id" + withoutDevice));
        int importRuns = Integer.getInteger("bench.importRuns", 3);
        AtomicInteger run = new AtomicInteger();
        List<Double> sl = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (int r = 0; r < importRuns; r++) {
            int k = run.getAndIncrement();
            List<TelemetryRecord> recs = new ArrayList<>(hosts * appsPerHost);
            Instant now = Instant.now();
            for (int h = 0; h < hosts; h++) {
                String host = "BENCH-" + k + "-" + h;
                String email = emails.get((k * hosts + h) % emails.size());
                for (int a = 0; a < appsPerHost; a++) {
                    String product = products.get((h * 7 + a * 13) % products.size());
                    recs.add(new TelemetryRecord(a + 2, host, email, product + ".app", null, "1." + a, true,
                        LocalDate.now(ZoneOffset.UTC).minusDays((h + a) % 200), true, now));
                }
            }
            ParsedTelemetry parsed = new ParsedTelemetry(recs, List.of());
            long t0 = System.nanoTime();
            TelemetryImportResult res = s.telemetryImporter().importParsed(parsed, Progress.NONE);
            double secs = (System.nanoTime() - t0) / 1e9;
            sl.add(recs.size() / secs);
            System.out.printf(Locale.ROOT, "  import run %d: %,d rows (%,d added) in %.1f s = %,.0f rows/s%n", r,
                recs.size(), res.appsAdded(), secs, recs.size() / secs);
            t0 = System.nanoTime();
            List<Long> holders = new ArrayList<>();
            for (int h = 0; h < hosts; h++) {
                holders.add(Long.parseLong(personIds.get(((importRuns + k) * hosts + h) % personIds.size())));
            }
            int written = sqlImport(k, holders, appsPerHost, products);
            secs = (System.nanoTime() - t0) / 1e9;
            plain.add(written / secs);
            System.out.printf(Locale.ROOT, "  plain import run %d: %,d rows in %.1f s = %,.0f rows/s%n", r, written, secs,
                written / secs);
        }
        double slMed = median(sl);
        double sqlMed = median(plain);
        recognitionCost(hosts * appsPerHost / slMed);
        table.add(new Row(String.format(Locale.ROOT, "4 Telemetry import of %,d rows (rows/s, higher is better)",
                hosts * appsPerHost), String.format(Locale.ROOT, "%,.0f rows/s", slMed),
            String.format(Locale.ROOT, "%,.0f rows/s", sqlMed), String.format(Locale.ROOT, "%.2f", sqlMed / slMed),
            "≥ 150,000 rows/s; ≤ 1.5×", (slMed >= 150_000 ? "yes" : "no") + " / " + (sqlMed / slMed <= 1.5 ? "yes" : "no")));
    }

    /**
     * Recognition of 5,000 distinct application names as a first import of a fleet brings them (the recognition
     * corpus's names with other versions, architectures and locales), against the catalog of the dataset, beside the
     * time of the import measured above: the share of a million-row import that recognizing its names would take.
     */
    private void recognitionCost(double importSeconds) throws java.io.IOException {
        List<dev.seatledger.core.recognition.Observed> names = new ArrayList<>();
        String[] tails = {" %d.%d (x64)", " %d.%d.%d (64-bit)", " - en-us", " (x86) %d.%d", " %d.%d - de-de"};
        try (java.io.Reader in = new java.io.InputStreamReader(Benchmarks.class.getResourceAsStream("/recognition/corpus.csv"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(in).getRecords();
            for (int i = 0; names.size() < 5000; i++) {
                org.apache.commons.csv.CSVRecord r = rows.get(i % rows.size());
                String name = r.get("name") + String.format(Locale.ROOT, tails[i % tails.length], 1 + i % 30, i / 7, i);
                names.add(new dev.seatledger.core.recognition.Observed(name, null,
                    dev.seatledger.core.recognition.Source.of(r.get("source")), r.get("publisher")));
            }
        }
        long t0 = System.nanoTime();
        dev.seatledger.core.recognition.SoftwareRecognizer recognizer = s.recognition().recognizer();
        double build = (System.nanoTime() - t0) / 1e6;
        names.forEach(recognizer::recognize);
        t0 = System.nanoTime();
        names.forEach(recognizer::recognize);
        double ms = (System.nanoTime() - t0) / 1e6;
        String line = String.format(Locale.ROOT, "Recognition: %,d distinct names in %.0f ms (%.1f µs each) after building the"
            + " recognizer over the catalog in %.0f ms; together %.1f %% of the %.1f s the median import of operation 4 took",
            names.size(), ms, ms * 1000 / names.size(), build, (ms + build) / 10 / importSeconds, importSeconds);
        System.out.println("  " + line);
        notes.add(line);
    }

    /**
     * The same work in plain JDBC: the devices (one statement each, for their ids), the rows in batches, each
     * application's device count, and the seats of the devices' holders refreshed by TelemetryLink's one update
     * statement (500 holders at a time), as the other paths that change devices refresh them.
     */
    private int sqlImport(int run, List<Long> holders, int appsPerHost, List<String> products) throws SQLException {
        int hosts = holders.size();
        return sql(c -> {
            long[] ids = new long[hosts];
            try (PreparedStatement ps = c.prepareStatement("insert into device (hostname, host_key, primary_person_id,"
                + " last_seen, apps_installed) values (?, ?, ?, current_timestamp, " + appsPerHost + ")", new String[] {"id"})) {
                for (int h = 0; h < hosts; h++) {
                    ps.setString(1, "PLAIN-" + run + "-" + h);
                    ps.setString(2, "plain-" + run + "-" + h);
                    ps.setLong(3, holders.get(h));
                    ps.executeUpdate();
                    try (ResultSet k = ps.getGeneratedKeys()) {
                        k.next();
                        ids[h] = k.getLong(1);
                    }
                }
            }
            int n = 0;
            Timestamp now = Timestamp.from(Instant.now());
            Map<String, Long> appIds = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select app_key, id from reported_app");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    appIds.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into device_app (device_id, app_id, version,"
                + " installed, last_used, usage_tracked, reported_at) values (?, ?, ?, true, ?, true, ?)")) {
                for (int h = 0; h < hosts; h++) {
                    for (int a = 0; a < appsPerHost; a++) {
                        int pick = (h * 7 + a * 13) % products.size();
                        ps.setLong(1, ids[h]);
                        ps.setLong(2, appIds.get(products.get(pick).toLowerCase(Locale.ROOT)));
                        ps.setString(3, "1." + a);
                        ps.setDate(4, Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays((h + a) % 200)));
                        ps.setTimestamp(5, now);
                        ps.addBatch();
                        if (++n % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            Map<Long, Integer> devices = new HashMap<>();
            for (int h = 0; h < hosts; h++) {
                for (int a = 0; a < appsPerHost; a++) {
                    devices.merge(appIds.get(products.get((h * 7 + a * 13) % products.size()).toLowerCase(Locale.ROOT)), 1,
                        Integer::sum);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("update reported_app set devices = devices + ? where id = ?")) {
                for (Map.Entry<Long, Integer> e : devices.entrySet()) {
                    ps.setInt(1, e.getValue());
                    ps.setLong(2, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            TelemetryLink.refreshPeople(c, holders);
            c.commit();
            return n;
        });
    }

    // ---------------------------------------------------------------- 10. Usage import of a sign-in log

    void usageImport(Path work) throws Exception {
        int lines = Integer.getInteger("bench.usageLines", 1_000_000);
        UsageImportBench.Result r = new UsageImportBench(db, s, work).run(lines,
            Integer.getInteger("bench.usageRuns", 3));
        double slMed = median(r.sl());
        double sqlMed = median(r.plain());
        table.add(new Row(String.format(Locale.ROOT, "10 Usage import of a %,d-line Entra sign-in log (lines/s, higher is"
                + " better; heap cap %d MB)", lines, Runtime.getRuntime().maxMemory() >> 20),
            String.format(Locale.ROOT, "%,.0f lines/s", slMed), String.format(Locale.ROOT, "%,.0f lines/s", sqlMed),
            String.format(Locale.ROOT, "%.2f", sqlMed / slMed), "≤ 1.5×", sqlMed / slMed <= 1.5 ? "yes" : "no"));
    }

    // ---------------------------------------------------------------- 5. Bulk reclaim

    void reclaim() throws Exception {
        int perRun = Integer.getInteger("bench.reclaim", 10_000);
        int reclaimRuns = Integer.getInteger("bench.reclaimRuns", 3);
        List<Long> dormant = new ArrayList<>(new UtilizationQuery(s.tx(), Clock.systemUTC(), () -> 90,
            CurrencyConverter.baseOnly(() -> "EUR")).report(new DormancyFilter(null, null, null)).dormant().stream()
            .map(DormantSeat::assignmentId).toList());
        Collections.shuffle(dormant, new java.util.Random(42));
        if (dormant.size() < perRun * reclaimRuns * 2) {
            perRun = dormant.size() / (reclaimRuns * 2);
            notes.add("Only " + dormant.size() + " dormant seats: reclaim measured with " + perRun + " per run.");
        }
        List<Double> sl = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        int next = 0;
        for (int r = 0; r < reclaimRuns; r++) {
            List<Long> a = dormant.subList(next, next + perRun);
            next += perRun;
            long t0 = System.nanoTime();
            int done = s.reclaim().reclaim(a, Progress.NONE).reclaimed();
            double ms = (System.nanoTime() - t0) / 1e6;
            sl.add(ms);
            List<Long> b = dormant.subList(next, next + perRun);
            next += perRun;
            t0 = System.nanoTime();
            int plainDone = sqlReclaim(b);
            double pms = (System.nanoTime() - t0) / 1e6;
            plain.add(pms);
            System.out.printf(Locale.ROOT, "  reclaim run %d: SeatLedger %,d seats in %.1f s, plain %,d in %.1f s%n", r,
                done, ms / 1000, plainDone, pms / 1000);
        }
        addMs(String.format(Locale.ROOT, "5 Bulk reclaim of %,d dormant seats (100 seats per transaction)", perRun),
            median(sl), median(plain), -1, "≤ 1.5×", false);
    }

    /** Adds to the kept count of a license's active seats in one holder group (V23); {@link #count} starts it. */
    private static final String PLAIN_GROUP_COUNT = "update seat_group_count set seats = seats + ? where license_id = ?"
        + " and department_key = ? and cost_centre_key = ?";

    private static void countGroup(PreparedStatement group, long license, String department, String costCentre, long n)
            throws SQLException {
        group.setLong(1, n);
        group.setLong(2, license);
        group.setString(3, department == null ? "" : "=" + department);
        group.setString(4, costCentre == null ? "" : "=" + costCentre);
    }

    /** Runs the bound count update; a group with no row yet gets one. */
    private static void count(Connection c, PreparedStatement group, long license, String department, String costCentre,
                              long n) throws SQLException {
        if (group.executeUpdate() == 0) {
            try (PreparedStatement insert = c.prepareStatement("insert into seat_group_count (license_id, department,"
                    + " cost_centre, seats) values (?, ?, ?, ?)")) {
                insert.setLong(1, license);
                insert.setString(2, department);
                insert.setString(3, costCentre);
                insert.setLong(4, n);
                insert.executeUpdate();
            }
        }
    }

    /** Seats per commit on both sides, as ReclaimService commits them. */
    private static final int RECLAIM_CHUNK = 100;

    private int sqlReclaim(List<Long> ids) throws SQLException {
        return sql(c -> {
            int done = 0;
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement find = c.prepareStatement("select a.license_id, pe.email, pe.display_name, p.name,"
                     + " a.holder_department, a.holder_cost_centre"
                     + " from assignment a join person pe on pe.id = a.person_id join license l on l.id = a.license_id"
                     + " join product p on p.id = l.product_id where a.id = ? and a.revoked_at is null");
                 PreparedStatement lock = c.prepareStatement("select seats_used from license where id = ? for update");
                 PreparedStatement revoke = c.prepareStatement("update assignment set revoked_at = ?, revoked_by = 'bench',"
                     + " revoke_reason = 'RECLAIM', active_person_id = null, version = version + 1 where id = ?");
                 PreparedStatement seats = c.prepareStatement("update license set seats_used = greatest(0, seats_used - 1),"
                     + " version = version + 1 where id = ?");
                 PreparedStatement group = c.prepareStatement(PLAIN_GROUP_COUNT);
                 PreparedStatement history = c.prepareStatement("insert into change_log (id, subject_type, subject_id,"
                     + " action, summary, changed_at, changed_by) values (next value for change_log_seq, ?, ?, 'REVOKE', ?, ?,"
                     + " 'bench')");
                 PreparedStatement outbox = c.prepareStatement("insert into outbox_message (id, to_email, to_name, subject,"
                     + " body, kind, created_at, created_by) values (next value for outbox_message_seq, ?, ?, ?, ?, 'RECLAIM', ?,"
                     + " 'bench')");
                 PreparedStatement notify = c.prepareStatement("insert into notification (id, operator, kind, subject,"
                     + " body, record_type, record_id, dedupe_key, created_at) values (next value for notification_seq, 'bench',"
                     + " 'SEAT_RECLAIMED', ?, ?, 'LICENSE', ?, ?, ?)")) {
                for (long id : ids) {
                    find.setLong(1, id);
                    long license;
                    String email;
                    String name;
                    String product;
                    String department;
                    String costCentre;
                    try (ResultSet rs = find.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        license = rs.getLong(1);
                        email = rs.getString(2);
                        name = rs.getString(3);
                        product = rs.getString(4);
                        department = rs.getString(5);
                        costCentre = rs.getString(6);
                        countGroup(group, license, department, costCentre, -1);
                    }
                    lock.setLong(1, license);
                    lock.executeQuery().close();
                    revoke.setTimestamp(1, now);
                    revoke.setLong(2, id);
                    revoke.executeUpdate();
                    seats.setLong(1, license);
                    seats.executeUpdate();
                    count(c, group, license, department, costCentre, -1);
                    history.setString(1, "LICENSE");
                    history.setLong(2, license);
                    history.setString(3, "Revoked from " + name);
                    history.setTimestamp(4, now);
                    history.executeUpdate();
                    history.setString(1, "PERSON");
                    history.setLong(2, id);
                    history.setString(3, "Seat of " + product + " revoked");
                    history.executeUpdate();
                    outbox.setString(1, email);
                    outbox.setString(2, name);
                    outbox.setString(3, "Your " + product + " seat was reclaimed");
                    outbox.setString(4, "Hello " + name + ", your seat of " + product + " was reclaimed.");
                    outbox.setTimestamp(5, now);
                    outbox.executeUpdate();
                    notify.setString(1, "Seat reclaimed: " + product);
                    notify.setString(2, name);
                    notify.setLong(3, license);
                    notify.setString(4, "plain-reclaim:" + id);
                    notify.setTimestamp(5, now);
                    notify.executeUpdate();
                    if (++done % RECLAIM_CHUNK == 0) {
                        c.commit();
                    }
                }
            }
            return done;
        });
    }

    // ---------------------------------------------------------------- 6. Assign / revoke under contention

    void assignRevoke() throws Exception {
        int threads = 8;
        int ops = Integer.getInteger("bench.assignOps", 50);
        List<Long> licenses = sql(c -> longs(c, "select id from license where archived_at is null and seat_type = 'USER'"
            + " and seats_total - seats_used >= 20 and id <> " + bigLicense + " order by id limit 4"));
        List<Long> people = sql(c -> longs(c, "select id from person where status = 'ACTIVE' order by id desc limit 2000"));
        List<Double> sl = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        int assignRuns = Math.max(3, runs / 2);
        int warmRounds = Math.max(1, warmup);
        for (int r = 0; r < warmRounds + assignRuns; r++) {
            int round = r;
            double a = throughput(threads, ops, (t, i) -> {
                long license = licenses.get((t + i) % licenses.size());
                long person = people.get((round * threads * ops + t * ops + i) % people.size());
                try {
                    long id = s.assignments().assign(license, person, new AssignmentDraft(null, null, null));
                    s.assignments().revoke(id, RevokeReason.MANUAL);
                    return true;
                } catch (dev.seatledger.core.common.BusinessRuleException e) {
                    return false;
                }
            });
            double b = throughput(threads, ops, (t, i) -> {
                long license = licenses.get((t + i) % licenses.size());
                long person = people.get((round * threads * ops + t * ops + i + 1000) % people.size());
                return sqlAssignRevoke(license, person);
            });
            if (r >= warmRounds) {
                sl.add(a);
                plain.add(b);
            }
            System.out.printf(Locale.ROOT, "  assign/revoke run %d: SeatLedger %.0f pairs/s, plain %.0f pairs/s%n", r, a, b);
        }
        double slMed = median(sl);
        double sqlMed = median(plain);
        table.add(new Row("6 Assign + revoke, 8 threads on 4 licenses (pairs/s, higher is better)",
            String.format(Locale.ROOT, "%.0f pairs/s", slMed), String.format(Locale.ROOT, "%.0f pairs/s", sqlMed),
            String.format(Locale.ROOT, "%.2f", sqlMed / slMed), "≤ 1.5×", sqlMed / slMed <= 1.5 ? "yes" : "no"));
    }

    interface Op {
        boolean run(int thread, int i) throws Exception;
    }

    private double throughput(int threads, int ops, Op op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong ok = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            fs.add(pool.submit(() -> {
                for (int i = 0; i < ops; i++) {
                    if (op.run(thread, i)) {
                        ok.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return ok.get() / secs;
    }

    private boolean sqlAssignRevoke(long license, long person) throws SQLException {
        return sql(c -> {
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement lock = c.prepareStatement("select seats_used, seats_total from license where id = ? for update");
                 PreparedStatement active = c.prepareStatement("select count(*) from assignment where license_id = ?"
                     + " and person_id = ? and revoked_at is null");
                 PreparedStatement insert = c.prepareStatement("insert into assignment (license_id, person_id, active_person_id,"
                     + " assigned_at, assigned_by, holder_key, holder_status, holder_department, holder_sign_in, holder_email)"
                     + " select ?, p.id, p.id, ?, 'bench', lower(p.display_name), p.status, p.department, p.last_sign_in,"
                     + " p.email_key from person p where p.id = ?", new String[] {"id"});
                 PreparedStatement seats = c.prepareStatement("update license set seats_used = seats_used + ?,"
                     + " version = version + 1 where id = ?");
                 PreparedStatement revoke = c.prepareStatement("update assignment set revoked_at = ?, revoked_by = 'bench',"
                     + " revoke_reason = 'MANUAL', active_person_id = null where id = ?");
                 PreparedStatement holder = c.prepareStatement("select department, cost_centre from person where id = ?");
                 PreparedStatement group = c.prepareStatement(PLAIN_GROUP_COUNT);
                 PreparedStatement history = c.prepareStatement("insert into change_log (id, subject_type, subject_id,"
                     + " action, summary, changed_at, changed_by) values (next value for change_log_seq, ?, ?, ?, ?, ?,"
                     + " 'bench')")) {
                lock.setLong(1, license);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) >= rs.getInt(2)) {
                        c.rollback();
                        return false;
                    }
                }
                active.setLong(1, license);
                active.setLong(2, person);
                try (ResultSet rs = active.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        c.rollback();
                        return false;
                    }
                }
                insert.setLong(1, license);
                insert.setTimestamp(2, now);
                insert.setLong(3, person);
                insert.executeUpdate();
                long id;
                try (ResultSet k = insert.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
                TelemetryLink.refreshSeat(c, id);
                seats.setInt(1, 1);
                seats.setLong(2, license);
                seats.executeUpdate();
                String department;
                String costCentre;
                holder.setLong(1, person);
                try (ResultSet rs = holder.executeQuery()) {
                    rs.next();
                    department = rs.getString(1);
                    costCentre = rs.getString(2);
                }
                countGroup(group, license, department, costCentre, 1);
                count(c, group, license, department, costCentre, 1);
                historyRows(history, license, person, "ASSIGN", now);
                c.commit();
                lock.setLong(1, license);
                lock.executeQuery().close();
                revoke.setTimestamp(1, now);
                revoke.setLong(2, id);
                revoke.executeUpdate();
                seats.setInt(1, -1);
                seats.setLong(2, license);
                seats.executeUpdate();
                group.setLong(1, -1);
                count(c, group, license, department, costCentre, -1);
                historyRows(history, license, person, "REVOKE", now);
                c.commit();
                return true;
            }
        });
    }

    private static void historyRows(PreparedStatement history, long license, long person, String action, Timestamp now)
            throws SQLException {
        history.setString(1, "LICENSE");
        history.setLong(2, license);
        history.setString(3, action);
        history.setString(4, action + " person " + person);
        history.setTimestamp(5, now);
        history.executeUpdate();
        history.setString(1, "PERSON");
        history.setLong(2, person);
        history.setString(4, action + " seat of license " + license);
        history.executeUpdate();
    }

    // ---------------------------------------------------------------- 8. Memory

    void memory(String when) {
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        String hwm = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    hwm = line.substring(6).strip();
                }
            }
        } catch (java.io.IOException e) {
            hwm = "unavailable";
        }
        notes.add(String.format(Locale.ROOT, "Harness JVM %s: peak heap (sum of pool peaks) %,d MB, VmHWM %s, max heap %,d MB",
            when, heapPeak >> 20, hwm, Runtime.getRuntime().maxMemory() >> 20));
    }

    // ---------------------------------------------------------------- measuring

    interface Work {
        Object run(int i) throws Exception;
    }

    interface Timed {
        Object run() throws Exception;
    }

    /** Median milliseconds of SeatLedger and plain SQL, alternating runs so both see the same machine load. */
    record Stats(double sl, double sql, double slMin, double slMax) {
    }

    private Stats compare(Work seatLedger, Work plain) throws Exception {
        return compare(runs, seatLedger, plain);
    }

    private Stats compare(int n, Work seatLedger, Work plain) throws Exception {
        int w = Math.min(warmup, n);
        for (int i = 0; i < w; i++) {
            seatLedger.run(1000 + i);
            plain.run(1000 + i);
        }
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            a.add((double) timeNanos(() -> seatLedger.run(k)) / 1e6);
            b.add((double) timeNanos(() -> plain.run(k)) / 1e6);
        }
        return new Stats(median(a), median(b), Collections.min(a), Collections.max(a));
    }

    private static long time(Timed t) throws Exception {
        return timeNanos(t) / 1_000_000;
    }

    private static long timeNanos(Timed t) throws Exception {
        long t0 = System.nanoTime();
        Object o = t.run();
        long d = System.nanoTime() - t0;
        if (o == null) {
            System.out.print("");
        }
        return d;
    }

    static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private void add(String op, Stats st, long coldMs, double budgetMs, boolean interactive) {
        String budget = (interactive ? "< " + (int) budgetMs + " ms warm, < 1 s cold" : "< " + fmtMs(budgetMs)) + "; ≤ 1.5×";
        boolean warmOk = st.sl() < budgetMs;
        boolean coldOk = coldMs < 0 || coldMs < 1000;
        double ratio = st.sl() / st.sql();
        String sl = fmtMs(st.sl()) + (coldMs >= 0 ? " (cold " + fmtMs(coldMs) + ")" : "");
        table.add(new Row(op, sl, fmtMs(st.sql()), String.format(Locale.ROOT, "%.2f", ratio), budget,
            (warmOk && coldOk ? "yes" : "no") + " / " + (ratio <= 1.5 ? "yes" : "no")));
        System.out.printf(Locale.ROOT, "%s: SeatLedger %s (min %s, max %s), plain %s, ratio %.2f%n", op, sl,
            fmtMs(st.slMin()), fmtMs(st.slMax()), fmtMs(st.sql()), ratio);
    }

    private void addMs(String op, double sl, double sql, double budgetMs, String budget, boolean unused) {
        double ratio = sl / sql;
        table.add(new Row(op, fmtMs(sl), fmtMs(sql), String.format(Locale.ROOT, "%.2f", ratio), budget,
            ratio <= 1.5 ? "yes" : "no"));
        System.out.printf(Locale.ROOT, "%s: SeatLedger %s, plain %s, ratio %.2f%n", op, fmtMs(sl), fmtMs(sql), ratio);
    }

    private static String fmtMs(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    private void print() {
        System.out.println();
        System.out.println("| Operation | SeatLedger (median) | Plain SQL (median) | Ratio | Budget | Met (time / ratio) |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row r : table) {
            System.out.printf("| %s | %s | %s | %s | %s | %s |%n", r.op(), r.sl(), r.sql(), r.ratio(), r.budget(), r.met());
        }
        System.out.println();
        notes.forEach(n -> System.out.println("- " + n));
    }

    // ---------------------------------------------------------------- JDBC helpers

    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T sql(SqlWork<T> work) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                T t = work.run(c);
                c.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static void likes(PreparedStatement ps, String search, int count) throws SQLException {
        likes(ps, search, count, 1);
    }

    private static void likes(PreparedStatement ps, String search, int count, int first) throws SQLException {
        if (search == null) {
            return;
        }
        String q = "%" + search.toLowerCase(Locale.ROOT) + "%";
        for (int i = 0; i < count; i++) {
            ps.setString(first + i, q);
        }
    }
}
