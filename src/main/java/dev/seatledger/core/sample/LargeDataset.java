package dev.seatledger.core.sample;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
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
        DatasetPlan plan = new DatasetPlan(size, LocalDate.now(clock), clock.instant());
        progress.accept("Planning " + size.name().toLowerCase(Locale.ROOT) + " dataset (seed " + SEED + ")");
        plan.build();
        PeopleWriter people = new PeopleWriter(plan);
        CatalogWriter catalog = new CatalogWriter(plan);
        GeneratedSeats seats = new GeneratedSeats(plan, people);
        TelemetryWriter telemetry = new TelemetryWriter(plan);
        writeChunks("people", size.people, progress, (c, from, to) -> people.writePeople(c, from, to));
        writeChunks("products", size.products, progress, (c, from, to) -> catalog.writeProducts(c, from, to));
        writeChunks("licenses", size.licenses, progress, (c, from, to) -> catalog.writeLicenses(c, from, to));
        writeChunks("devices", size.devices, progress, (c, from, to) -> telemetry.writeDevices(c, from, to));
        writeChunks("reported applications", size.products, progress, (c, from, to) -> telemetry.writeReportedApps(c, from, to));
        int appsPerChunk = Math.max(1, CHUNK / plan.appsPerDevice);
        writeChunks("installed applications", size.devices, appsPerChunk, size.installedApps, progress,
            (c, from, to) -> telemetry.writeApps(c, from, to));
        writeChunks("seats", size.licenses, Math.max(1, size.licenses / Math.max(1, size.assignments / CHUNK)),
            size.assignments, progress, (c, from, to) -> seats.writeAssignments(c, from, to));
        tx.run(s -> s.doWork(c -> {
            dev.seatledger.core.license.LicenseTerms.insertMissing(c);
            try (Statement st = c.createStatement()) {
                for (String t : new String[] {"person", "product", "license", "assignment", "device", "reported_app"}) {
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
}
