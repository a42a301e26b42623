package dev.seatledger.infra.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The schema-V1 databases under {@code src/test/resources/upgrade/}: {@code seatledger-v1.mv.db} (H2) and
 * {@code seatledger-v1-postgres.sql} (pg_dump --inserts of the same data). Both were made by running only
 * {@code V1__catalog.sql} with Flyway and then {@code v1-rows.sql}; {@link #main} rebuilds the H2 file.
 */
final class UpgradeFixtures {
    static final String H2_FILE = "/upgrade/seatledger-v1.mv.db";
    static final String POSTGRES_DUMP = "/upgrade/seatledger-v1-postgres.sql";
    static final String ROWS = "/upgrade/v1-rows.sql";
    static final String PRODUCT_ROWS = "select id, name, name_key, publisher, category, website, notes, grade_letter,"
        + " risk_level, created_at, created_by, updated_at, updated_by, archived_at, archived_by, version"
        + " from product order by id";

    private UpgradeFixtures() {
    }

    /** Writes a fresh V1-era H2 database into {@code args[0]}/seatledger.mv.db. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String url = "jdbc:h2:file:" + folder.resolve("seatledger").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations(Migrations.LOCATION).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute(resource(ROWS));
            st.execute("shutdown compact");
        }
    }

    /** Copies the committed V1 H2 file into a data folder as its {@code seatledger.mv.db}. */
    static void installH2(Path dataFolder) {
        try (InputStream in = UpgradeFixtures.class.getResourceAsStream(H2_FILE)) {
            Files.createDirectories(dataFolder);
            Files.copy(in, dataFolder.resolve("seatledger.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = UpgradeFixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every product row as text, column by column, timestamps as instants. */
    static List<String> productRows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(PRODUCT_ROWS)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getMetaData().getColumnTypeName(i).toLowerCase().contains("time")
                        ? rs.getObject(i, java.time.OffsetDateTime.class) : rs.getObject(i);
                    row.append(i == 1 ? "" : " | ").append(v instanceof java.time.OffsetDateTime t ? t.toInstant() : v);
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
