package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.core.common.Operator;
import dev.seatledger.infra.crypto.AesGcmCipher;
import dev.seatledger.testing.PostgresOnly;
import dev.seatledger.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed schema-V1 databases migrate to the current schema with every row as it was. */
class V1UpgradeTest {

    @Test
    void v1H2FileMigratesWithEveryRowIntact(@TempDir Path dir) throws Exception {
        UpgradeFixtures.installH2(dir);
        DatabaseConfig config = DatabaseConfig.h2(dir);
        List<String> before;
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password())) {
            before = UpgradeFixtures.productRows(c);
        }

        upgradeAndCheck(config, before, dir);
    }

    @Test
    @PostgresOnly
    void v1PostgresDumpMigratesWithEveryRowIntact(@TempDir Path dir) throws Exception {
        String name = TestPostgres.createDatabase();
        try {
            DatabaseConfig config = TestPostgres.config(name);
            List<String> before;
            try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
                 Statement st = c.createStatement()) {
                st.execute(UpgradeFixtures.resource(UpgradeFixtures.POSTGRES_DUMP));
                st.execute("set search_path to public");
                before = UpgradeFixtures.productRows(c);
            }

            upgradeAndCheck(config, before, dir);
        } finally {
            TestPostgres.dropDatabase(name);
        }
    }

    private static void upgradeAndCheck(DatabaseConfig config, List<String> before, Path dir) throws Exception {
        assertThat(before).hasSize(12);
        try (Database db = Database.open(config)) {
            try (Connection c = db.dataSource().getConnection()) {
                assertThat(UpgradeFixtures.productRows(c)).containsExactlyElementsOf(before);
            }
            AppServices s = AppServices.create(db.transactions(), Clock.systemUTC(), Operator.fixed("upgrader"),
                AesGcmCipher.forDataFolder(dir));
            List<ProductRow> live = s.catalog().list(CatalogFilter.all());
            assertThat(live).extracting(ProductRow::name).hasSize(10)
                .contains("Ångström Läb Suite", "O'Reilly Learning", "Zoom Workplace");
            long added = s.products().create(new ProductDraft("Miro", "Miro", null, null, null));
            assertThat(added).isEqualTo(13);
        }
    }
}
