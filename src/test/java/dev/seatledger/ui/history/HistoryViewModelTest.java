package dev.seatledger.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.Cancellable;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import dev.seatledger.ui.common.TaskExecutor;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A record's history without a toolkit: its entries, each change on a line, and a failed read said in words. */
class HistoryViewModelTest {
    private TestDatabase db;
    private AppServices s;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aProductsHistoryListsItsChanges() {
        long product = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        s.products().update(product, ProductDraft.of("Slack Pro", "Salesforce", null));
        HistoryViewModel vm = new HistoryViewModel(s.history(), new CurrentThreadTaskExecutor(), SubjectType.PRODUCT,
            product);

        vm.refresh();

        assertThat(vm.rows()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(vm.emptyTextProperty().get()).isEqualTo(Messages.get("license.history.empty"));
    }

    @Test
    void eachChangeOfAnEntryIsOnALineOfItsOwn() {
        HistoryViewModel vm = new HistoryViewModel(s.history(), new CurrentThreadTaskExecutor(), SubjectType.PRODUCT, 1);
        HistoryRow row = new HistoryRow(1, HistoryAction.values()[0], "name: A → B; publisher: C → D", Instant.EPOCH, "ana");

        assertThat(vm.details(row)).isEqualTo("name: A → B\npublisher: C → D");
    }

    @Test
    void aFailedReadIsSaidWhereTheEntriesWouldBe() {
        TaskExecutor failing = new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                onFailure.accept(new BusinessRuleException("The history cannot be read now"));
            }

            @Override
            public <T> Cancellable executeWithProgress(Function<Progress, T> work, BiConsumer<Long, Long> onProgress,
                                                       Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                throw new UnsupportedOperationException();
            }
        };
        HistoryViewModel vm = new HistoryViewModel(s.history(), failing, SubjectType.PRODUCT, 1);

        vm.refresh();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo("The history cannot be read now");
    }
}
