package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.common.CurrencyConverter;
import dev.seatledger.core.sample.LargeDataset;
import dev.seatledger.core.utilization.DormancyFilter;
import dev.seatledger.core.utilization.DormantListing;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.core.utilization.DormantSort;
import dev.seatledger.core.utilization.UtilizationQuery;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * When a dormant-seats listing is longer than the rows read sorted in SQL, its order is read in the background
 * as soon as its first page shows, so a jump down the table (End, the scroll bar) finds it ready.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DormantReadAheadTest {
    private static final int PAGE = 5;

    private TestDatabase db;
    private UtilizationViewModel vm;
    private int orderReads;
    private UtilizationQuery counting;

    @BeforeAll
    void seed() {
        db = TestDatabase.create();
        new LargeDataset(db.services().tx(), db.clock()).generate(LargeDataset.Size.TINY, progress -> { });
    }

    @BeforeEach
    void open() {
        AppServices s = db.services();
        orderReads = 0;
        counting = new UtilizationQuery(s.tx(), db.clock(), () -> 90,
            CurrencyConverter.baseOnly(() -> "EUR")) {
            @Override
            public long[] dormantOrder(DormancyFilter filter, DormantSort sort, boolean ascending) {
                orderReads++;
                return super.dormantOrder(filter, sort, ascending);
            }
        };
        vm = UtilizationTab.viewModel(s, counting, new CurrentThreadTaskExecutor());
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void aLongListingHasItsOrderReadBeforeTheTableAsksForRowsFurtherDown() {
        vm.refresh();
        vm.dormant().sortBy(DormantSort.HOLDER, false);
        int size = vm.dormant().rows().size();

        assertThat(size).isGreaterThan(DormantListing.ORDER_FROM_ROW + PAGE);
        assertThat(orderReads).as("order read while the first page shows").isEqualTo(1);
        assertThat(vm.dormant().rows().isLoaded(size - 1)).isFalse();

        List<DormantSeat> sqlPage = counting.dormantPage(DormancyFilter.all(), DormantSort.HOLDER, false,
            DormantListing.ORDER_FROM_ROW, PAGE);
        assertThat(IntStream.range(0, PAGE).mapToObj(i -> vm.dormant().rows().get(DormantListing.ORDER_FROM_ROW + i)))
            .containsExactlyElementsOf(sqlPage);
        assertThat(vm.dormant().rows().get(size - 1)).isEqualTo(
            counting.dormantPage(DormancyFilter.all(), DormantSort.HOLDER, false, size - 1, 1).get(0));
        assertThat(orderReads).as("rows further down are cut from the order read ahead").isEqualTo(1);
    }

    @Test
    void aShortListingIsNotReadAheadAndEachNewListingIsReadOnce() {
        vm.refresh();
        assertThat(orderReads).as("sorted by license, pages come from the view's summary").isZero();
        vm.dormant().sortBy(DormantSort.HOLDER, true);
        assertThat(orderReads).isEqualTo(1);

        String small = vm.dormant().departments().stream().filter(d -> d != null)
            .filter(d -> counting.countDormant(new DormancyFilter(null, null, d)) <= DormantListing.ORDER_FROM_ROW)
            .findFirst().orElseThrow();
        vm.dormant().departmentProperty().set(small);
        assertThat(vm.dormant().rows().size()).isLessThanOrEqualTo(DormantListing.ORDER_FROM_ROW);
        assertThat(orderReads).as("a listing within the rows sorted in SQL needs no order").isEqualTo(1);

        vm.dormant().departmentProperty().set(null);
        assertThat(vm.dormant().rows().size()).isGreaterThan(DormantListing.ORDER_FROM_ROW);
        assertThat(orderReads).isEqualTo(2);
    }
}
