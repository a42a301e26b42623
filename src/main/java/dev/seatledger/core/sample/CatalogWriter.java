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

/** Writes the generated catalog and licenses: products, then each license with its seat count, cost, cycle and dates. */
final class CatalogWriter {
    static final String[] WORDS = {"Cloud", "Studio", "Suite", "Desk", "Flow", "Sync", "Vault", "Forge",
        "Pulse", "Board", "Track", "Notes", "Mail", "Chat", "Meet", "Sign", "Guard", "Scan", "Build", "Deploy",
        "Insight", "Ledger", "Atlas", "Nimbus", "Orbit", "Prism", "Quill", "Relay", "Spark", "Tide"};
    static final String[] PUBLISHERS = {"Acme Software", "Globex", "Initech", "Umbrella Systems", "Hooli",
        "Stark Digital", "Wayne Tech", "Cyberdyne", "Soylent Labs", "Tyrell", "Wonka Apps", "Vandelay", "Aperture",
        "Massive Dynamic", "Oscorp", "Gringotts IT", "Monarch", "Nakatomi", "Pied Piper", "Dunder Data"};
    static final String[] CATEGORIES = {"Productivity", "Communication", "Design", "Development", "Security",
        "CRM", "Storage", "Analytics", "Support", "Collaboration", "Finance", "HR"};
    static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "USD", "USD", "GBP", "CHF"};

    private final DatasetPlan plan;
    private final LargeDataset.Size size;
    private final LocalDate today;
    private final Instant now;
    private final int[] licProduct;

    CatalogWriter(DatasetPlan plan) {
        this.plan = plan;
        this.size = plan.size;
        this.today = plan.today;
        this.now = plan.now;
        this.licProduct = plan.licProduct;
    }

    static String productName(int j) {
        return WORDS[j % WORDS.length] + " " + WORDS[(j / WORDS.length) % WORDS.length] + " " + (j + 1);
    }

    int writeProducts(Connection c, int from, int to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into product (id, name, name_key, publisher,"
            + " category, website, created_at, created_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            JdbcBatch b = new JdbcBatch(ps, LargeDataset.BATCH);
            for (int j = from; j < to; j++) {
                String name = productName(j);
                ps.setLong(1, j + 1L);
                ps.setString(2, name);
                ps.setString(3, name.toLowerCase(Locale.ROOT));
                ps.setString(4, PUBLISHERS[j % PUBLISHERS.length]);
                ps.setString(5, CATEGORIES[(j / 3) % CATEGORIES.length]);
                ps.setString(6, "https://example.com/products/" + (j + 1));
                ps.setTimestamp(7, Timestamp.from(now.minus(1000, ChronoUnit.DAYS)));
                ps.setString(8, LargeDataset.BY);
                b.add();
            }
            return b.finish();
        }
    }

    int writeLicenses(Connection c, int from, int to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into license (id, product_id, name, seats_total,"
            + " seats_used, seat_type, cost_per_seat, currency, billing_cycle, purchase_date, start_date,"
            + " expiry_date, renewal_date, auto_renew, renewal_notice_days, business_owner, purchase_order,"
            + " invoice_number, status, created_at, created_by, archived_at, archived_by, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            JdbcBatch b = new JdbcBatch(ps, LargeDataset.BATCH);
            for (int k = from; k < to; k++) {
                SplittableRandom r = DatasetPlan.rnd(4, k);
                int used = plan.activeSeats(k);
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
                LocalDate drawn = today.plusDays(r.nextInt(900) - 200);
                LocalDate expiry = drawn.isAfter(startDate) ? drawn : startDate.plusYears(1);
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
                ps.setString(16, PeopleWriter.FIRST[r.nextInt(PeopleWriter.FIRST.length)] + " "
                    + PeopleWriter.LAST[r.nextInt(PeopleWriter.LAST.length)]);
                ps.setString(17, String.format(Locale.ROOT, "PO-%d-%05d", 2023 + r.nextInt(4), k + 1));
                ps.setString(18, String.format(Locale.ROOT, "INV-%06d", k + 1));
                ps.setString(19, status);
                ps.setTimestamp(20, Timestamp.from(now.minus(950, ChronoUnit.DAYS)));
                ps.setString(21, LargeDataset.BY);
                ps.setTimestamp(22, archived ? Timestamp.from(now.minus(r.nextInt(300) + 1, ChronoUnit.DAYS)) : null);
                ps.setString(23, archived ? LargeDataset.BY : null);
                b.add();
            }
            return b.finish();
        }
    }
}
