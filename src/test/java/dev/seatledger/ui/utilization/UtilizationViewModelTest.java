package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.core.utilization.DormantSort;
import dev.seatledger.testing.CountingTaskExecutor;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dormant-seats list pages from SQL: count, pages on demand, sort and filter reloads, rows picked by position. */
class UtilizationViewModelTest {
    private TestDatabase db;
    private UtilizationViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        AppServices s = db.services();
        long product = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        long license = s.licenses().create(LicenseDraft.defaults(product).withSeats(1000, SeatType.USER)).id();
        for (int i = 0; i < 250; i++) {
            long p = s.people().create(PersonDraft.of(String.format("User %03d", i), "u" + i + "@example.com",
                i % 2 == 0 ? "Sales" : "Engineering"));
            s.assignments().assign(license, p, AssignmentDraft.EMPTY);
        }
        db.assignSeatsDaysAgo(200);
        vm = UtilizationTab.viewModel(s, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void dormantSeatsArrivePageByPageAndFollowSortAndFilter() {
        vm.refresh();
        assertThat(vm.dormant().rows()).hasSize(250);
        assertThat(vm.dormant().countProperty().get()).isEqualTo("250 dormant seats match");
        assertThat(vm.dormant().rows().isLoaded(0)).isTrue();
        assertThat(vm.dormant().rows().isLoaded(249)).isFalse();
        assertThat(vm.dormant().rows().get(249).holder()).isEqualTo("User 249");
        assertThat(vm.dormant().departments()).containsExactly("Engineering", "Sales");

        vm.dormant().sortBy(DormantSort.HOLDER, false);
        assertThat(vm.dormant().rows().get(0).holder()).isEqualTo("User 249");
        vm.dormant().departmentProperty().set("Sales");
        assertThat(vm.dormant().rows()).hasSize(125);
        assertThat(vm.dormant().countProperty().get()).isEqualTo("125 dormant seats match");
        assertThat(vm.dormant().rows().get(0).holder()).isEqualTo("User 248");
    }

    @Test
    void nothingIsReadBeforeTheTabOpensThenTheSettledFiltersApply() {
        AppServices s = db.services();
        CountingTaskExecutor counting = new CountingTaskExecutor();
        UtilizationViewModel unopened = UtilizationTab.viewModel(s, counting);

        unopened.dormant().departmentProperty().set("Sales");
        unopened.dormant().sortBy(DormantSort.HOLDER, false);

        assertThat(counting.tasks()).isZero();
        assertThat(unopened.dormant().rows()).isEmpty();

        unopened.refresh();

        assertThat(unopened.dormant().rows()).hasSize(125);
        assertThat(unopened.dormant().rows().get(0).holder()).isEqualTo("User 248");
    }

    @Test
    void rowsPickedByPositionIncludeRowsNotLoadedYet() {
        vm.refresh();
        assertThat(vm.dormant().rows().isLoaded(240)).isFalse();
        List<DormantSeat> picked = new ArrayList<>();

        vm.dormant().seatsAt(List.of(240, 3, 199), picked::addAll);

        assertThat(picked).extracting(DormantSeat::holder).containsExactly("User 003", "User 199", "User 240");
        assertThat(vm.dormant().reclaimQuestion(picked)).startsWith("Reclaim 3 seats? Their licenses have no yearly cost");
    }

    @Test
    void aCsvThatIsNotUtf8IsRefusedWithTheEncodingMessageAndAJsonFileIsRead(@org.junit.jupiter.api.io.TempDir
                                                                             java.nio.file.Path dir) throws Exception {
        java.nio.file.Path windows = dir.resolve("agents.csv");
        java.nio.file.Files.writeString(windows, "device,application,installed\nPC-01,Café Désigner,yes\n",
            java.nio.charset.Charset.forName("windows-1252"));
        java.nio.file.Path json = dir.resolve("agents.json");
        java.nio.file.Files.writeString(json, "[{\"device\": \"PC-01\", \"application\": \"Café\", \"installed\": true}]",
            java.nio.charset.StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.telemetryImport().parse(windows, null, null))
            .isInstanceOf(dev.seatledger.core.common.ValidationException.class)
            .satisfies(e -> assertThat(((dev.seatledger.core.common.ValidationException) e).errors())
                .extracting(dev.seatledger.core.common.FieldError::message).containsExactly("The file is not UTF-8 text."));
        assertThat(vm.telemetryImport().parse(json, null, null).records()).singleElement()
            .satisfies(r -> assertThat(r.appName()).isEqualTo("Café"));
    }
}
