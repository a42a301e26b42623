package dev.seatledger.ui.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.assignment.HolderSort;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HoldersViewModelTest {
    private TestDatabase db;
    private HoldersViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        AppServices s = db.services();
        long product = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        long license = s.licenses().create(LicenseDraft.defaults(product).withSeats(1000, SeatType.USER)).id();
        for (int i = 0; i < 250; i++) {
            long p = s.people().create(PersonDraft.of(String.format("User %03d", i), "u" + i + "@example.com",
                i % 2 == 0 ? "Sales" : "Engineering").withLastSignIn(i % 3 == 0 ? null : db.clock().today()));
            s.assignments().assign(license, p, AssignmentDraft.EMPTY);
        }
        vm = new HoldersViewModel(s.holders(), new CurrentThreadTaskExecutor(), license, "Slack");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void rowsArrivePageByPageAndCoverEveryHolder() {
        vm.refresh();
        assertThat(vm.rows()).hasSize(250);
        assertThat(vm.rows().isLoaded(0)).isTrue();
        assertThat(vm.rows().isLoaded(249)).isFalse();
        assertThat(vm.rows().get(249).name()).isEqualTo("User 249");
        assertThat(vm.rows().isLoaded(249)).isTrue();
        assertThat(vm.countText()).isEqualTo("250 holders");
    }

    @Test
    void searchInactiveFilterAndSortReloadFromSql() {
        vm.refresh();
        vm.inactiveOnlyProperty().set(true);
        assertThat(vm.rows()).hasSize(84);
        assertThat(vm.countText()).isEqualTo("84 inactive seats");
        vm.searchProperty().set("user 00");
        assertThat(vm.rows()).extracting(HolderRow::name).containsExactly("User 000", "User 003", "User 006", "User 009");
        vm.sortBy(HolderSort.NAME, false);
        assertThat(vm.rows().get(0).name()).isEqualTo("User 009");
    }

    @Test
    void exportWritesTheFilteredRows(@TempDir Path dir) throws Exception {
        vm.refresh();
        vm.searchProperty().set("user 1");
        Path target = dir.resolve(vm.suggestedFileName());

        vm.export(target);

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(1 + 100);
        assertThat(lines.get(0)).startsWith("\uFEFFName,Email");
        assertThat(vm.noticeProperty().get()).isEqualTo("Exported 100 rows to Slack-users.csv");
        assertThat(vm.exportingProperty().get()).isFalse();
    }
}
