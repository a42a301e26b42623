package dev.seatledger.core.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.CurrencyConverter;
import dev.seatledger.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dormant-seats table's listing gives the rows of the SQL pages, reading its order once (both databases). */
class DormantListingTest {
    private TestDatabase db;
    private AppServices s;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        DormantSeatsFixture.fill(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void pagesFurtherDownAreCutFromOneReadOfTheListingsOrder() {
        int[] orderReads = {0};
        UtilizationQuery counting = new UtilizationQuery(s.tx(), db.clock(), () -> 90,
            CurrencyConverter.baseOnly(() -> "EUR")) {
            @Override
            public long[] dormantOrder(DormancyFilter filter, DormantSort sort, boolean ascending) {
                orderReads[0]++;
                return super.dormantOrder(filter, sort, ascending);
            }
        };
        List<DormantSeat> expected = counting.dormantPage(DormancyFilter.all(), DormantSort.HOLDER, false, 0, 1000);
        DormantListing listing = new DormantListing(counting, DormancyFilter.all(), DormantSort.HOLDER, false, null, 10);

        assertThat(listing.page(0, 5)).containsExactlyElementsOf(expected.subList(0, 5));
        assertThat(orderReads[0]).isZero();
        assertThat(listing.page(30, 5)).containsExactlyElementsOf(expected.subList(30, 35));
        assertThat(listing.page(10, 5)).containsExactlyElementsOf(expected.subList(10, 15));
        assertThat(listing.page(expected.size() - 2, 5)).containsExactlyElementsOf(
            expected.subList(expected.size() - 2, expected.size()));
        assertThat(listing.page(expected.size() + 3, 5)).isEmpty();
        assertThat(orderReads[0]).isEqualTo(1);
    }
}
