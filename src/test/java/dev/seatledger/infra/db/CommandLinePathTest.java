package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.testing.AboutH2;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a read command starts: no Flyway on a current schema, no ORM for plain SQL. */
@AboutH2
class CommandLinePathTest {

    @Test
    void theBundledMigrationsAreFoundWithTheJavaOne() {
        assertThat(CurrentSchema.bundled()).contains("1", "15", "19").doesNotContain("99");
    }

    @Test
    void aCurrentDatabaseIsRecognisedAndOneBehindOrWithAFailedMigrationIsNot(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            assertThat(CurrentSchema.holds(db.database().dataSource())).isTrue();
        }
        DatabaseConfig config = DatabaseConfig.h2(dir);
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", ""); Statement st = c.createStatement()) {
            st.execute("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '19'");
        }
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "")) {
            c.setAutoCommit(false);
            assertThat(CurrentSchema.applied(c)).isNull();
        }
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", ""); Statement st = c.createStatement()) {
            st.execute("update \"flyway_schema_history\" set \"success\" = true where \"version\" = '19'");
            st.execute("update \"flyway_schema_history\" set \"version\" = '18.5' where \"version\" = '19'");
        }
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "")) {
            c.setAutoCommit(false);
            assertThat(CurrentSchema.applied(c)).contains("18.5").doesNotContain("19");
        }
    }

    @Test
    void theCatalogIsReadWithoutStartingTheOrm(@TempDir Path dir) {
        try (TestDatabase db = TestDatabase.h2In(dir)) {
            db.services().products().create(ProductDraft.of("Figma", "Figma", "Design"));
        }
        try (Database db = Database.openLazily(DatabaseConfig.h2(dir))) {
            assertThat(new CatalogQuery(db.transactions()).list(CatalogFilter.all()))
                .extracting(r -> r.name()).containsExactly("Figma");
            assertThat(db.ormStarted()).isFalse();
            db.transactions().read(s -> s.createSelectionQuery("select count(p) from Product p", Long.class)
                .getSingleResult());
            assertThat(db.ormStarted()).isTrue();
        }
    }
}
