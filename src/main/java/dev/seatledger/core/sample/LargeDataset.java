package dev.seatledger.core.sample;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Transactions;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A deterministic (fixed seed) generated inventory for measuring SeatLedger at scale: people,
 * products, licenses (the first one very large), seats, devices and installed-application telemetry.
 * Rows are written with batched JDBC inserts, one transaction per chunk, into an empty database.
 * Seats carry {@code has_telemetry} and {@code last_used_at} exactly as {@code TelemetryLink} would
 * compute them from the generated telemetry (application key = the product's name key).
 */
public final class LargeDataset {
    public static final long SEED = 20_261_127L;
    static final int BATCH = 1000;
    static final int CHUNK = 50_000;
    static final String BY = "demo";

    /** How much to generate. */
    public enum Size {
        /** For tests: a few seconds. */
        TINY(1_200, 40, 60, 6_000, 200, 8_000, 1_000),
        /** A quick look: about a twentieth of large. */
        SMALL(6_000, 150, 250, 30_000, 1_000, 100_000, 5_000),
        /** The scale SeatLedger is measured at. */
        LARGE(120_000, 1_500, 5_000, 600_000, 20_000, 2_000_000, 100_000);

        public final int people;
        public final int products;
        public final int licenses;
        public final int assignments;
        public final int devices;
        public final int installedApps;
        public final int bigLicenseSeats;

        Size(int people, int products, int licenses, int assignments, int devices, int installedApps,
             int bigLicenseSeats) {
            this.people = people;
            this.products = products;
            this.licenses = licenses;
            this.assignments = assignments;
            this.devices = devices;
            this.installedApps = installedApps;
            this.bigLicenseSeats = bigLicenseSeats;
        }

        public static Size parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** What was written; {@code bigLicenseId} is the license with {@code bigLicenseSeats} holders. */
    public record Summary(Size size, int people, int products, int licenses, int assignments, int activeAssignments,
                          int devices, int installedApps, long bigLicenseId, long millis) {
    }

    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Elif", "Felix", "Greta", "Hugo", "Ines",
        "Jonas", "Kira", "Lukas", "Mara", "Noah", "Olga", "Paul", "Quinn", "Rosa", "Samir", "Tara", "Uwe", "Vera",
        "Wim", "Xenia", "Yusuf", "Zoe", "Amir", "Bea", "Chen", "Dana", "Emil", "Farah", "Gil", "Hana", "Ivo", "Jana"};
    private static final String[] LAST = {"Keller", "Vogt", "Rossi", "Berg", "Haddad", "Lindqvist", "Novak", "Meyer",
        "Schmidt", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Kowalski", "Nowak", "Dubois", "Moreau",
        "Silva", "Santos", "Jensen", "Larsen", "Nielsen", "Tanaka", "Sato", "Kim", "Park", "Singh", "Patel", "Okafor",
        "Mensah", "Garcia", "Lopez", "Martin", "Bernard", "Costa", "Ferrari", "Horvat", "Popescu", "Yilmaz"};
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Support", "Design",
        "Operations", "Legal", "HR", "IT", "Research", "Product"};
    private static final String[] TITLES = {"Engineer", "Manager", "Analyst", "Designer", "Consultant", "Specialist",
        "Director", "Associate", "Lead", "Coordinator"};
    private static final String[] WORDS = {"Cloud", "Studio", "Suite", "Desk", "Flow", "Sync", "Vault", "Forge",
        "Pulse", "Board", "Track", "Notes", "Mail", "Chat", "Meet", "Sign", "Guard", "Scan", "Build", "Deploy",
        "Insight", "Ledger", "Atlas", "Nimbus", "Orbit", "Prism", "Quill", "Relay", "Spark", "Tide"};
    private static final String[] PUBLISHERS = {"Acme Software", "Globex", "Initech", "Umbrella Systems", "Hooli",
        "Stark Digital", "Wayne Tech", "Cyberdyne", "Soylent Labs", "Tyrell", "Wonka Apps", "Vandelay", "Aperture",
        "Massive Dynamic", "Oscorp", "Gringotts IT", "Monarch", "Nakatomi", "Pied Piper", "Dunder Data"};
    private static final String[] CATEGORIES = {"Productivity", "Communication", "Design", "Development", "Security",
        "CRM", "Storage", "Analytics", "Support", "Collaboration", "Finance", "HR"};
    private static final String[] ACCESS = {"Member", "Admin", "Viewer", "Editor", "Owner"};
    private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "USD", "USD", "GBP", "CHF"};
    private static final String[] OS = {"macOS 15.2", "macOS 14.7", "Windows 11 23H2", "Windows 10 22H2", "Ubuntu 24.04"};

    private final Transactions tx;
    private final Clock clock;

    public LargeDataset(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Generates the dataset; the database must hold no people, products or licenses yet. */
    public Summary generate(Size size, Consumer<String> progress) {
        long start = System.nanoTime();
        Long existing = tx.read(s -> ((Number) s.createNativeQuery(
            "select (select count(*) from person) + (select count(*) from product) + (select count(*) from license)",
            Object.class).getSingleResult()).longValue());
        if (existing > 0) {
            throw new BusinessRuleException("The generated dataset needs an empty database; this one already has "
                + existing + " people, products or licenses.");
        }
        Plan plan = new Plan(size, LocalDate.now(clock), clock.instant());
        progress.accept("Planning " + size.name().toLowerCase(Locale.ROOT) + " dataset (seed " + SEED + ")");
        plan.build();
        writeChunks("people", size.people, progress, (c, from, to) -> plan.writePeople(c, from, to));
        writeChunks("products", size.products, progress, (c, from, to) -> plan.writeProducts(c, from, to));
        writeChunks("licenses", size.licenses, progress, (c, from, to) -> plan.writeLicenses(c, from, to));
        writeChunks("devices", size.devices, progress, (c, from, to) -> plan.writeDevices(c, from, to));
        int appsPerChunk = Math.max(1, CHUNK / plan.appsPerDevice);
        writeChunks("installed applications", size.devices, appsPerChunk, size.installedApps, progress,
            (c, from, to) -> plan.writeApps(c, from, to));
        writeChunks("seats", size.licenses, Math.max(1, size.licenses / Math.max(1, size.assignments / CHUNK)),
            size.assignments, progress, (c, from, to) -> plan.writeAssignments(c, from, to));
        tx.run(s -> s.doWork(c -> {
            try (Statement st = c.createStatement()) {
                for (String t : new String[] {"person", "product", "license", "assignment", "device", "installed_app"}) {
                    long next;
                    try (ResultSet rs = st.executeQuery("select coalesce(max(id), 0) + 1 from " + t)) {
                        rs.next();
                        next = rs.getLong(1);
                    }
                    st.execute("alter table " + t + " alter column id restart with " + next);
                }
                if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                    st.execute("analyze");
                }
            }
        }));
        long ms = (System.nanoTime() - start) / 1_000_000;
        progress.accept("Done in " + ms / 1000.0 + " s");
        return new Summary(size, size.people, size.products, size.licenses, plan.assignmentRows, plan.activeRows,
            size.devices, plan.appRows, 1L, ms);
    }

    private interface ChunkWriter {
        int write(Connection c, int from, int to) throws SQLException;
    }

    private void writeChunks(String what, int total, Consumer<String> progress, ChunkWriter w) {
        writeChunks(what, total, CHUNK, total, progress, w);
    }

    /** Runs {@code w} over [0, units) in chunks of {@code per} units, each in its own transaction. */
    private void writeChunks(String what, int units, int per, int expectedRows, Consumer<String> progress,
                             ChunkWriter w) {
        long t0 = System.nanoTime();
        int rows = 0;
        for (int from = 0; from < units; from += per) {
            int f = from;
            int to = Math.min(units, from + per);
            rows += tx.write(s -> s.doReturningWork(c -> w.write(c, f, to)));
            progress.accept(String.format(Locale.ROOT, "  %-22s %,10d / %,d", what, rows, expectedRows));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        progress.accept(String.format(Locale.ROOT, "%-24s %,10d rows in %.1f s (%,.0f rows/s)", what, rows, secs,
            rows / Math.max(secs, 1e-9)));
    }

    /** Everything decided up front, so each table can be written in any chunking with the same result. */
    private static final class Plan {
        final Size size;
        final LocalDate today;
        final Instant now;
        final int appsPerDevice;
        // licenses (0-based index k; id = k + 1)
        int[] licProduct;
        int[] licStart;
        int[] licCount;
        int[] licFirstRow;
        // products held by each person (0-based person index), sorted, for device applications
        int[][] personProducts;
        // device (0-based index d) -> person index; person index -> device index or -1
        int[] devicePerson;
        int[] personDevice;
        boolean[] deviceTracked;
        int[][] deviceApps;       // product indexes, sorted
        short[][] deviceLastUsed; // days before today, -1 = never
        int assignmentRows;
        int activeRows;
        int appRows;

        Plan(Size size, LocalDate today, Instant now) {
            this.size = size;
            this.today = today;
            this.now = now;
            this.appsPerDevice = Math.max(1, size.installedApps / size.devices);
        }

        static SplittableRandom rnd(long stream, long index) {
            return new SplittableRandom(SEED * 1_000_003L + stream * 7_919L + index * 104_729L);
        }

        void build() {
            int lic = size.licenses;
            int regular = size.assignments - size.bigLicenseSeats;
            licProduct = new int[lic];
            licStart = new int[lic];
            licCount = new int[lic];
            licFirstRow = new int[lic + 1];
            SplittableRandom r = rnd(1, 0);
            double[] w = new double[lic];
            double sum = 0;
            for (int k = 1; k < lic; k++) {
                w[k] = 0.2 + 1.6 * r.nextDouble();
                sum += w[k];
            }
            int assigned = 0;
            for (int k = 1; k < lic; k++) {
                licCount[k] = Math.min(size.people, (int) Math.floor(regular * w[k] / sum));
                assigned += licCount[k];
            }
            for (int k = 1; assigned < regular; k = k % (lic - 1) + 1) {
                if (licCount[k] < size.people) {
                    licCount[k]++;
                    assigned++;
                }
            }
            licCount[0] = size.bigLicenseSeats;
            licStart[0] = 0;
            licProduct[0] = 0;
            for (int k = 1; k < lic; k++) {
                licProduct[k] = k % size.products;
                licStart[k] = r.nextInt(size.people);
            }
            for (int k = 0; k < lic; k++) {
                licFirstRow[k + 1] = licFirstRow[k] + licCount[k];
            }
            // who holds what (active seats only), to give devices the applications of their owner
            int[] held = new int[size.people];
            for (int k = 0; k < lic; k++) {
                for (int t = 0; t < licCount[k]; t++) {
                    if (!revoked(k, t)) {
                        held[(licStart[k] + t) % size.people]++;
                    }
                }
            }
            personProducts = new int[size.people][];
            for (int p = 0; p < size.people; p++) {
                personProducts[p] = new int[held[p]];
            }
            Arrays.fill(held, 0);
            for (int k = 0; k < lic; k++) {
                for (int t = 0; t < licCount[k]; t++) {
                    if (!revoked(k, t)) {
                        int p = (licStart[k] + t) % size.people;
                        personProducts[p][held[p]++] = licProduct[k];
                    }
                }
            }
            devicePerson = new int[size.devices];
            personDevice = new int[size.people];
            Arrays.fill(personDevice, -1);
            deviceTracked = new boolean[size.devices];
            deviceApps = new int[size.devices][];
            deviceLastUsed = new short[size.devices][];
            int stride = Math.max(1, size.people / size.devices);
            for (int d = 0; d < size.devices; d++) {
                SplittableRandom dr = rnd(2, d);
                int p = (int) ((long) d * stride + dr.nextInt(stride)) % size.people;
                devicePerson[d] = p;
                personDevice[p] = d;
                deviceTracked[d] = dr.nextInt(100) < 85;
                int n = Math.min(appsPerDevice, size.products);
                java.util.BitSet chosen = new java.util.BitSet(size.products);
                for (int prod : personProducts[p]) {
                    if (chosen.cardinality() < n && dr.nextInt(100) < 80) {
                        chosen.set(prod);
                    }
                }
                while (chosen.cardinality() < n) {
                    chosen.set(dr.nextInt(size.products));
                }
                int[] apps = chosen.stream().toArray();
                short[] used = new short[apps.length];
                for (int i = 0; i < apps.length; i++) {
                    int roll = dr.nextInt(100);
                    used[i] = (short) (roll < 10 ? -1 : roll < 75 ? dr.nextInt(60) : dr.nextInt(365));
                }
                deviceApps[d] = apps;
                deviceLastUsed[d] = used;
            }
        }

        /** Regular licenses keep about one revoked seat in ten as history; the big license has none. */
        static boolean revoked(int k, int t) {
            return k != 0 && Math.floorMod((int) ((k * 2_654_435_761L + t * 40_503L) >>> 7), 10) == 0;
        }

        int writePeople(Connection c, int from, int to) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into person (id, display_name, email, email_key,"
                + " department, job_title, manager, employee_id, status, last_sign_in, source, created_at, created_by,"
                + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?, 0)")) {
                Batch b = new Batch(ps);
                for (int p = from; p < to; p++) {
                    SplittableRandom r = rnd(3, p);
                    String first = FIRST[r.nextInt(FIRST.length)];
                    String last = LAST[r.nextInt(LAST.length)];
                    String email = (first + "." + last + "." + (p + 1) + "@example.com").toLowerCase(Locale.ROOT);
                    int roll = r.nextInt(100);
                    String status = roll < 94 ? "ACTIVE" : roll < 98 ? "INACTIVE" : "OFFBOARDED";
                    int signIn = r.nextInt(100);
                    ps.setLong(1, p + 1L);
                    ps.setString(2, first + " " + last);
                    ps.setString(3, email);
                    ps.setString(4, email);
                    ps.setString(5, DEPARTMENTS[r.nextInt(DEPARTMENTS.length)]);
                    ps.setString(6, TITLES[r.nextInt(TITLES.length)]);
                    ps.setString(7, FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]);
                    ps.setString(8, String.format(Locale.ROOT, "E%06d", p + 1));
                    ps.setString(9, status);
                    if (signIn < 4) {
                        ps.setNull(10, Types.DATE);
                    } else {
                        ps.setDate(10, Date.valueOf(today.minusDays(signIn < 80 ? r.nextInt(60) : r.nextInt(400))));
                    }
                    ps.setTimestamp(11, Timestamp.from(now.minus(900, ChronoUnit.DAYS)));
                    ps.setString(12, BY);
                    b.add();
                }
                return b.finish();
            }
        }

        static String productName(int j) {
            return WORDS[j % WORDS.length] + " " + WORDS[(j / WORDS.length) % WORDS.length] + " " + (j + 1);
        }

        int writeProducts(Connection c, int from, int to) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into product (id, name, name_key, publisher,"
                + " category, website, created_at, created_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                Batch b = new Batch(ps);
                for (int j = from; j < to; j++) {
                    String name = productName(j);
                    ps.setLong(1, j + 1L);
                    ps.setString(2, name);
                    ps.setString(3, name.toLowerCase(Locale.ROOT));
                    ps.setString(4, PUBLISHERS[j % PUBLISHERS.length]);
                    ps.setString(5, CATEGORIES[(j / 3) % CATEGORIES.length]);
                    ps.setString(6, "https://example.com/products/" + (j + 1));
                    ps.setTimestamp(7, Timestamp.from(now.minus(1000, ChronoUnit.DAYS)));
                    ps.setString(8, BY);
                    b.add();
                }
                return b.finish();
            }
        }

        int activeSeats(int k) {
            int n = 0;
            for (int t = 0; t < licCount[k]; t++) {
                if (!revoked(k, t)) {
                    n++;
                }
            }
            return n;
        }

        int writeLicenses(Connection c, int from, int to) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into license (id, product_id, name, seats_total,"
                + " seats_used, seat_type, cost_per_seat, currency, billing_cycle, purchase_date, start_date,"
                + " expiry_date, renewal_date, auto_renew, renewal_notice_days, business_owner, purchase_order,"
                + " invoice_number, status, created_at, created_by, archived_at, archived_by, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                Batch b = new Batch(ps);
                for (int k = from; k < to; k++) {
                    SplittableRandom r = rnd(4, k);
                    int used = activeSeats(k);
                    int typeRoll = r.nextInt(100);
                    String type = k == 0 ? "USER" : typeRoll < 2 ? "UNLIMITED" : typeRoll < 6 ? "DEVICE"
                        : typeRoll < 9 ? "CONCURRENT" : "USER";
                    int fill = r.nextInt(100);
                    Integer total = "UNLIMITED".equals(type) ? null : k == 0 ? size.bigLicenseSeats
                        : Math.max(1, fill < 12 ? used : fill < 25 ? used * 5 / 2 + 1 : used + r.nextInt(used / 3 + 2));
                    int statusRoll = r.nextInt(100);
                    String status = k == 0 ? "ACTIVE" : statusRoll < 70 ? "ACTIVE" : statusRoll < 80 ? "PENDING_RENEWAL"
                        : statusRoll < 88 ? "TRIAL" : statusRoll < 95 ? "EXPIRED" : "CANCELLED";
                    int cycleRoll = r.nextInt(100);
                    String cycle = cycleRoll < 45 ? "MONTHLY" : cycleRoll < 85 ? "ANNUAL" : cycleRoll < 90 ? "QUARTERLY"
                        : cycleRoll < 95 ? "BIENNIAL" : "ONE_TIME";
                    LocalDate startDate = today.minusDays(30 + r.nextInt(900));
                    LocalDate expiry = today.plusDays(r.nextInt(900) - 200);
                    boolean archived = k != 0 && r.nextInt(100) < 3;
                    ps.setLong(1, k + 1L);
                    ps.setLong(2, licProduct[k] + 1L);
                    ps.setString(3, k == 0 ? "Enterprise — Everyone" : WORDS[r.nextInt(WORDS.length)] + " plan " + (k + 1));
                    if (total == null) {
                        ps.setNull(4, Types.INTEGER);
                    } else {
                        ps.setInt(4, total);
                    }
                    ps.setInt(5, used);
                    ps.setString(6, type);
                    ps.setBigDecimal(7, java.math.BigDecimal.valueOf(200 + r.nextInt(20_000), 2));
                    ps.setString(8, CURRENCIES[r.nextInt(CURRENCIES.length)]);
                    ps.setString(9, cycle);
                    ps.setDate(10, Date.valueOf(startDate.minusDays(10)));
                    ps.setDate(11, Date.valueOf(startDate));
                    ps.setDate(12, Date.valueOf(expiry));
                    ps.setDate(13, Date.valueOf(expiry));
                    ps.setBoolean(14, r.nextBoolean());
                    ps.setInt(15, 30 + 15 * r.nextInt(5));
                    ps.setString(16, FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]);
                    ps.setString(17, String.format(Locale.ROOT, "PO-%d-%05d", 2023 + r.nextInt(4), k + 1));
                    ps.setString(18, String.format(Locale.ROOT, "INV-%06d", k + 1));
                    ps.setString(19, status);
                    ps.setTimestamp(20, Timestamp.from(now.minus(950, ChronoUnit.DAYS)));
                    ps.setString(21, BY);
                    ps.setTimestamp(22, archived ? Timestamp.from(now.minus(r.nextInt(300) + 1, ChronoUnit.DAYS)) : null);
                    ps.setString(23, archived ? BY : null);
                    b.add();
                }
                return b.finish();
            }
        }

        int writeAssignments(Connection c, int fromLicense, int toLicense) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into assignment (id, license_id, person_id,"
                + " active_person_id, access_level, account_identifier, assigned_at, assigned_by, revoked_at, revoked_by,"
                + " revoke_reason, last_used_at, has_telemetry, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                Batch b = new Batch(ps);
                for (int k = fromLicense; k < toLicense; k++) {
                    int product = licProduct[k];
                    for (int t = 0; t < licCount[k]; t++) {
                        long row = licFirstRow[k] + t;
                        SplittableRandom r = rnd(5, row);
                        int p = (licStart[k] + t) % size.people;
                        boolean isRevoked = revoked(k, t);
                        Instant assignedAt = now.minus(1 + r.nextInt(900), ChronoUnit.DAYS);
                        ps.setLong(1, row + 1);
                        ps.setLong(2, k + 1L);
                        ps.setLong(3, p + 1L);
                        if (isRevoked) {
                            ps.setNull(4, Types.BIGINT);
                        } else {
                            ps.setLong(4, p + 1L);
                        }
                        ps.setString(5, ACCESS[r.nextInt(ACCESS.length)]);
                        ps.setString(6, r.nextInt(100) < 30 ? "acct-" + (p + 1) + "-" + (k + 1) : null);
                        ps.setTimestamp(7, Timestamp.from(assignedAt));
                        ps.setString(8, BY);
                        ps.setTimestamp(9, isRevoked ? Timestamp.from(assignedAt.plus(r.nextInt(30) + 1, ChronoUnit.DAYS)) : null);
                        ps.setString(10, isRevoked ? BY : null);
                        ps.setString(11, isRevoked ? "MANUAL" : null);
                        boolean has = false;
                        int best = Integer.MAX_VALUE;
                        int d = personDevice[p];
                        if (!isRevoked && d >= 0 && deviceTracked[d]) {
                            int i = Arrays.binarySearch(deviceApps[d], product);
                            if (i >= 0) {
                                has = true;
                                short u = deviceLastUsed[d][i];
                                best = u < 0 ? Integer.MAX_VALUE : u;
                            }
                        }
                        if (has && best != Integer.MAX_VALUE) {
                            ps.setDate(12, Date.valueOf(today.minusDays(best)));
                        } else {
                            ps.setNull(12, Types.DATE);
                        }
                        ps.setBoolean(13, has);
                        b.add();
                        assignmentRows++;
                        if (!isRevoked) {
                            activeRows++;
                        }
                    }
                }
                return b.finish();
            }
        }

        int writeDevices(Connection c, int from, int to) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into device (id, hostname, host_key, serial, os,"
                + " primary_person_id, last_seen) values (?, ?, ?, ?, ?, ?, ?)")) {
                Batch b = new Batch(ps);
                for (int d = from; d < to; d++) {
                    SplittableRandom r = rnd(6, d);
                    String host = String.format(Locale.ROOT, "LT-%06d", d + 1);
                    ps.setLong(1, d + 1L);
                    ps.setString(2, host);
                    ps.setString(3, host.toLowerCase(Locale.ROOT));
                    ps.setString(4, String.format(Locale.ROOT, "SN%08X", r.nextInt(Integer.MAX_VALUE)));
                    ps.setString(5, OS[d % OS.length]);
                    ps.setLong(6, devicePerson[d] + 1L);
                    ps.setTimestamp(7, Timestamp.from(now.minus(r.nextInt(30 * 24), ChronoUnit.HOURS)));
                    b.add();
                }
                return b.finish();
            }
        }

        int writeApps(Connection c, int from, int to) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into installed_app (id, device_id, app_key,"
                + " display_name, name_key, version, installed, last_used, usage_tracked, reported_at)"
                + " values (?, ?, ?, ?, ?, ?, true, ?, ?, ?)")) {
                Batch b = new Batch(ps);
                for (int d = from; d < to; d++) {
                    int[] apps = deviceApps[d];
                    Timestamp reported = Timestamp.from(now.minus(d % 72, ChronoUnit.HOURS));
                    for (int i = 0; i < apps.length; i++) {
                        String name = productName(apps[i]);
                        String key = name.toLowerCase(Locale.ROOT);
                        ps.setLong(1, (long) d * appsPerDevice + i + 1);
                        ps.setLong(2, d + 1L);
                        ps.setString(3, key);
                        ps.setString(4, name + ".app");
                        ps.setString(5, key);
                        ps.setString(6, (1 + (apps[i] + d) % 9) + "." + (d % 20) + "." + i % 7);
                        short u = deviceLastUsed[d][i];
                        if (deviceTracked[d] && u >= 0) {
                            ps.setDate(7, Date.valueOf(today.minusDays(u)));
                        } else {
                            ps.setNull(7, Types.DATE);
                        }
                        ps.setBoolean(8, deviceTracked[d]);
                        ps.setTimestamp(9, reported);
                        b.add();
                        appRows++;
                    }
                }
                return b.finish();
            }
        }
    }

    /** addBatch with an executeBatch every {@link #BATCH} rows. */
    private static final class Batch {
        private final PreparedStatement ps;
        private int pending;
        private int rows;

        Batch(PreparedStatement ps) {
            this.ps = ps;
        }

        void add() throws SQLException {
            ps.addBatch();
            rows++;
            if (++pending >= BATCH) {
                ps.executeBatch();
                pending = 0;
            }
        }

        int finish() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
            }
            return rows;
        }
    }
}
