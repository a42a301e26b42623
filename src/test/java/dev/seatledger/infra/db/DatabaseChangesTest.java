package dev.seatledger.infra.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.ChangeCounter;
import dev.seatledger.testing.TestDatabase;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The change counter moves with a committed write and not with reads, on H2 and on PostgreSQL. */
class DatabaseChangesTest {

    @Test
    void movesWithACommittedWriteAndNotWithReads() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            db.services().products().create(ProductDraft.of("Figma", "Figma", "Design"));
            ChangeCounter changes = db.database().changes();
            long before = changes.current();

            db.services().catalog().list(CatalogFilter.all());
            db.services().licenseQuery().list(dev.seatledger.core.license.LicenseListRequest.all());
            assertThat(changes.current()).isEqualTo(before);

            db.services().products().create(ProductDraft.of("Slack", "Slack Technologies", "Communication"));
            // PostgreSQL's statistics reach the view within seconds of the commit
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> changes.current() != before);
        }
    }
}
