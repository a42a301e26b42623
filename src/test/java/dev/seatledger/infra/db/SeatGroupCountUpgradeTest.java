package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before the counts were kept (the schema at V22) upgrades with seat_group_count filled from its
 * active seats: one row per license, department and cost centre (missing ones included), revoked seats left out.
 */
class SeatGroupCountUpgradeTest {
    /** license, person, department, cost centre, revoked. */
    private static final String[] SEATS = {
        "1, 1, 'Design', 'CC-1', false", "1, 2, 'Design', 'CC-1', false", "1, 3, 'Design', null, false",
        "1, 4, null, null, false", "1, 5, null, 'CC-1', false", "1, 6, 'Design', 'CC-1', true",
        "2, 1, 'Design', 'CC-1', false", "2, 2, 'Sales', 'CC-2', true", "2, 3, null, null, true"};

    @Test
    void theActiveSeatsAreCountedPerLicenseAndGroup(@TempDir Path dir) throws Exception {
        String pg = TestPostgres.enabled() ? TestPostgres.createDatabase() : null;
        try {
            DatabaseConfig config = pg != null ? TestPostgres.config(pg) : DatabaseConfig.h2(dir);
            Flyway.configure().dataSource(config.jdbcUrl(), config.user(), config.password())
                .locations(Migrations.LOCATION).placeholders(Migrations.placeholders(config.jdbcUrl()))
                .target("22").load().migrate();
            try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
                 Statement st = c.createStatement()) {
                st.execute("insert into product (id, name, name_key, publisher, created_at, created_by)"
                    + " values (1, 'Jira', 'jira', 'Atlassian', current_timestamp, 'ana')");
                for (int l = 1; l <= 3; l++) {
                    st.execute("insert into license (id, product_id, seats_total, created_at, created_by)"
                        + " values (" + l + ", 1, 10, current_timestamp, 'ana')");
                }
                for (int p = 1; p <= 6; p++) {
                    st.execute("insert into person (id, display_name, name_key, email, email_key, created_at, created_by)"
                        + " values (" + p + ", 'P" + p + "', 'p" + p + "', 'p" + p + "@example.com', 'p" + p + "@example.com',"
                        + " current_timestamp, 'ana')");
                }
                for (String seat : SEATS) {
                    String[] v = seat.split(", ");
                    boolean revoked = Boolean.parseBoolean(v[4]);
                    st.execute("insert into assignment (license_id, person_id, active_person_id, assigned_at, assigned_by,"
                        + " revoked_at, holder_status, holder_department, holder_cost_centre) values (" + v[0] + ", " + v[1]
                        + ", " + (revoked ? "null" : v[1]) + ", current_timestamp, 'ana', "
                        + (revoked ? "current_timestamp" : "null") + ", 'ACTIVE', " + v[2] + ", " + v[3] + ")");
                }
            }

            try (Database db = Database.open(config);
                 Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                assertThat(rows(st, "select license_id, department, cost_centre, seats from seat_group_count"))
                    .containsExactlyInAnyOrder("1 Design CC-1 2", "1 Design null 1", "1 null null 1", "1 null CC-1 1",
                        "2 Design CC-1 1");
            }
        } finally {
            if (pg != null) {
                TestPostgres.dropDatabase(pg);
            }
        }
    }

    private static List<String> rows(Statement st, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getObject(1) + " " + rs.getObject(2) + " " + rs.getObject(3) + " " + rs.getObject(4));
            }
        }
        return out;
    }
}
