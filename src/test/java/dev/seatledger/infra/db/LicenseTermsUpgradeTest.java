package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.PriceHistory;
import dev.seatledger.core.license.TermLine;
import dev.seatledger.core.license.TermQuery;
import dev.seatledger.testing.AboutH2;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before terms existed (the schema before V22) upgrades with every license as its first term:
 * every billing cycle and cost style, unlimited seats, open dates and foreign currencies keep each figure, and the
 * license rows themselves do not change.
 */
class LicenseTermsUpgradeTest {
    /** Takes a database back to before V22 (and V23), for tests that rewind further to an older schema. */
    static final List<String> UNDO_V22 = List.of("drop table seat_group_count", "drop index ix_assignment_showback",
        "alter table assignment drop column holder_cost_centre", "alter table person drop column cost_centre",
        "alter table person drop column division", "alter table renewal_decision drop column price_change_pct",
        "drop table license_amendment", "drop table license_term");

    private static final String LICENSE_COLUMNS = "id, seats_total, cost_per_seat, total_cost, custom_annual_cost,"
        + " currency, billing_cycle, start_date, expiry_date, purchase_order, invoice_number, created_by";

    /** id, seat type, seats, per seat, total, custom yearly, currency, cycle, start, expiry, PO, invoice. */
    private static final String[] LICENSES = {
        "1, 'USER', 10, 12.5, null, null, 'EUR', 'MONTHLY', '2025-04-01', '2026-03-31', 'PO-1', 'INV-1'",
        "2, 'USER', 25, null, 3000, null, 'USD', 'ANNUAL', '2025-01-01', '2025-12-31', null, null",
        "3, 'DEVICE', 4, 99.99, 400, null, 'GBP', 'QUARTERLY', null, null, 'PO-3', null",
        "4, 'USER', 3, 1200, null, null, 'CHF', 'BIENNIAL', '2024-02-29', '2026-02-28', null, 'INV-4'",
        "5, 'UNLIMITED', null, null, 1299.5, null, 'EUR', 'ONE_TIME', null, null, null, null",
        "6, 'CONCURRENT', 3, null, null, 120.125, 'JPY', 'CUSTOM', '2026-01-01', null, null, null",
        "7, 'USER', 1, null, null, null, 'EUR', 'ANNUAL', null, '2026-06-30', null, null",
        "8, 'USER', 7, 10, 80, null, 'SEK', 'MONTHLY', '2025-12-31', '2026-12-30', 'PO 8', 'INV 8'"};

    @Test
    @AboutH2
    void everyLicenseBecomesItsFirstTermWithEveryFigureKept(@TempDir Path dir) throws Exception {
        DatabaseConfig config = DatabaseConfig.h2(dir);
        var flyway = Flyway.configure().dataSource(config.jdbcUrl(), config.user(), config.password())
            .locations(Migrations.LOCATION).placeholders(Migrations.placeholders(config.jdbcUrl()));
        flyway.target(lastBefore22(flyway.load())).load().migrate();
        List<String> before;
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement st = c.createStatement()) {
            st.execute("insert into product (id, name, name_key, publisher, created_at, created_by)"
                + " values (1, 'Jira', 'jira', 'Atlassian', current_timestamp, 'ana')");
            for (String l : LICENSES) {
                st.execute("insert into license (id, product_id, seat_type, seats_total, cost_per_seat, total_cost,"
                    + " custom_annual_cost, currency, billing_cycle, start_date, expiry_date, purchase_order,"
                    + " invoice_number, created_at, created_by) values (" + l.replaceFirst(", ", ", 1, ")
                    + ", current_timestamp, 'ana')");
            }
            before = rows(st, "select " + LICENSE_COLUMNS + ", seat_type from license order by id");
        }

        try (Database db = Database.open(config)) {
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                assertThat(rows(st, "select " + LICENSE_COLUMNS + ", seat_type from license order by id"))
                    .as("the license rows are as they were").isEqualTo(before);
                List<String> terms = rows(st, "select t.license_id, t.seats_total, t.cost_per_seat, t.total_cost,"
                    + " t.custom_annual_cost, t.currency, t.billing_cycle, t.start_date, t.end_date, t.purchase_order,"
                    + " t.invoice_number, t.created_by, l.seat_type from license_term t join license l on l.id = t.license_id"
                    + " where t.term_no = 1 order by t.license_id");
                assertThat(terms).as("one first term per license with the license's figures").isEqualTo(before);
                assertThat(rows(st, "select count(*) from license_term")).containsExactly(String.valueOf(LICENSES.length));
            }
            TermQuery query = new TermQuery(db.transactions(), Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"),
                ZoneOffset.UTC));
            for (PriceHistory h : query.histories(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L)).values()) {
                assertThat(h.terms()).hasSize(1);
                TermLine t = h.terms().get(0);
                assertThat(t.current()).isTrue();
                assertThat(t.amendments()).isEmpty();
                BigDecimal[] expected = yearly(db, h.licenseId());
                assertThat(t.annualCost() == null ? null : t.annualCost().stripTrailingZeros())
                    .as("yearly cost of license %d", h.licenseId())
                    .isEqualTo(expected[0] == null ? null : expected[0].stripTrailingZeros());
            }
        }
    }

    /** The newest migration before V22: the schema of a database written before terms existed. */
    private static String lastBefore22(Flyway flyway) {
        return java.util.Arrays.stream(flyway.info().all()).map(m -> m.getVersion())
            .filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("22")) < 0)
            .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    /** The license row's yearly cost as the licenses list computes it. */
    private static BigDecimal[] yearly(Database db, long id) {
        return db.transactions().read(s -> {
            var l = s.find(dev.seatledger.core.license.License.class, id);
            return new BigDecimal[] {CostMath.annualized(l.getBillingCycle(), CostMath.periodTotal(l.getCostPerSeat(),
                l.getTotalCost(), l.getSeatsTotal(), l.getSeatType()), l.getCustomAnnualCost())};
        });
    }

    private static List<String> rows(Statement st, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    b.append(i == 1 ? "" : " | ").append(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v);
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
