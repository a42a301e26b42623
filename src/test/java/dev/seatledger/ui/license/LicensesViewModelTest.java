package dev.seatledger.ui.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseRow;
import dev.seatledger.core.license.LicenseSort;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SavedFilter;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.testing.CountingTaskExecutor;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LicensesViewModelTest {
    private TestDatabase db;
    private AppServices s;
    private LicensesViewModel vm;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private LocalDate today;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        today = db.clock().today();
        vm = new LicensesViewModel(s.licenseQuery(), s.licenses(), executor, db.fixedClock());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long license(long product, String name, LicenseStatus status, LocalDate expiry) {
        return s.licenses().create(LicenseDraft.defaults(product).withName(name).withStatus(status)
            .withSeats(10, SeatType.USER).withDates(null, null, expiry, null)).id();
    }

    @Test
    void askingForTheSortInForceDoesNotReadTheListAgain() {
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        long zoom = s.products().create(ProductDraft.of("Zoom", "Zoom Video Communications", null));
        license(slack, "Business+", LicenseStatus.ACTIVE, today.plusDays(30));
        license(zoom, "Pro", LicenseStatus.ACTIVE, today.plusDays(10));
        CountingTaskExecutor counting = new CountingTaskExecutor();
        LicensesViewModel list = new LicensesViewModel(s.licenseQuery(), s.licenses(), counting, db.fixedClock());

        list.refresh();
        list.sortBy(LicenseSort.PRODUCT, true);

        assertThat(counting.tasks()).isEqualTo(1);
        assertThat(list.rows()).extracting(LicenseRow::productName).containsExactly("Slack", "Zoom");

        list.sortBy(LicenseSort.PRODUCT, false);

        assertThat(counting.tasks()).isEqualTo(2);
        assertThat(list.rows()).extracting(LicenseRow::productName).containsExactly("Zoom", "Slack");
    }

    @Test
    void emptyInventoryShowsTheEmptyState() {
        vm.refresh();
        assertThat(vm.inventoryEmptyProperty().get()).isTrue();
        assertThat(vm.chipText(null)).isEqualTo("All  0");
    }

    @Test
    void searchChangesChipCountsAndSavedFilterNarrowsRows() {
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        long zoom = s.products().create(ProductDraft.of("Zoom", "Zoom Video Communications", null));
        license(slack, "Business+", LicenseStatus.ACTIVE, today.plusDays(30));
        license(slack, "Enterprise Grid", LicenseStatus.TRIAL, today.plusDays(200));
        license(zoom, "Pro", LicenseStatus.ACTIVE, today.plusDays(10));
        vm.refresh();
        assertThat(vm.chipText(LicenseStatus.ACTIVE)).isEqualTo("Active  2");
        assertThat(vm.savedFilterText(SavedFilter.RENEWING_SOON)).isEqualTo("Renewing soon  2");

        vm.searchProperty().set("slack");
        assertThat(vm.chipText(null)).isEqualTo("All  2");
        assertThat(vm.chipText(LicenseStatus.ACTIVE)).isEqualTo("Active  1");
        assertThat(vm.chipText(LicenseStatus.TRIAL)).isEqualTo("Trial  1");

        vm.savedFilterProperty().set(SavedFilter.RENEWING_SOON);
        assertThat(vm.rows()).extracting(LicenseRow::licenseName).containsExactly("Business+");
        assertThat(vm.chipText(LicenseStatus.TRIAL)).isEqualTo("Trial  0");

        vm.savedFilterProperty().set(null);
        vm.statusProperty().set(LicenseStatus.TRIAL);
        assertThat(vm.rows()).extracting(LicenseRow::licenseName).containsExactly("Enterprise Grid");
        assertThat(vm.countText()).isEqualTo("1 license");
    }

    @Test
    void sortingAndCountdownComeFromTheData() {
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        license(slack, "A", LicenseStatus.ACTIVE, today.plusDays(12));
        license(slack, "B", LicenseStatus.ACTIVE, today.minusDays(3));
        vm.sortBy(LicenseSort.EXPIRY, true);
        assertThat(vm.rows()).extracting(LicenseRow::licenseName).containsExactly("B", "A");
        assertThat(vm.countdown(vm.rows().get(0)).text()).isEqualTo("expired 3 days ago");
        assertThat(vm.countdown(vm.rows().get(1)).text()).isEqualTo("renews in 12 days");
        vm.sortBy(LicenseSort.EXPIRY, false);
        assertThat(vm.rows()).extracting(LicenseRow::licenseName).containsExactly("A", "B");
    }

    @Test
    void archiveConfirmsAndHidesTheRow() {
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        license(slack, "A", LicenseStatus.ACTIVE, null);
        vm.refresh();

        vm.archive(vm.rows().get(0));

        assertThat(vm.noticeProperty().get()).isEqualTo("License archived");
        assertThat(vm.rows()).isEmpty();
        vm.showArchivedProperty().set(true);
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.archived()).isTrue());
    }

    @Test
    void formParsesTypedTextAndNamesBadFields() {
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        LicenseFormViewModel form = new LicenseFormViewModel(s.licenses(), s.catalog(), executor, null);
        form.load(slack, () -> { });
        assertThat(form.productProperty().get().name()).isEqualTo("Slack");

        form.seatsTotalProperty().set("ten");
        form.costPerSeatProperty().set("abc");
        form.save(r -> { });
        assertThat(form.errors()).containsEntry("seatsTotal", "Seats total must be a whole number")
            .containsEntry("costPerSeat", "Enter an amount such as 1250.00");

        form.seatsTotalProperty().set("12");
        form.costPerSeatProperty().set("€90,00");
        assertThat(form.derivedProperty().get()).contains("1,080.00");
        form.totalCostProperty().set("1000");
        assertThat(form.warnings()).singleElement().asString().contains("differs from 12 seats");

        long[] saved = {0};
        form.save(r -> saved[0] = r.id());
        assertThat(saved[0]).isPositive();
        assertThat(s.licenses().detail(saved[0]).costPerSeat()).isEqualByComparingTo("90.00");
    }

    @Test
    void pageMasksTheKeyUntilRevealed() {
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        long id = s.licenses().create(LicenseDraft.defaults(slack).withKey("SLACK-XOXB-1234-ABCD")).id();
        LicensePageViewModel page = new LicensePageViewModel(s.licenses(), s.catalog(), executor, db.fixedClock(), id);

        page.load();
        assertThat(page.keyTextProperty().get()).isEqualTo("••••••••ABCD");
        page.toggleReveal();
        assertThat(page.keyTextProperty().get()).isEqualTo("SLACK-XOXB-1234-ABCD");
        page.toggleReveal();
        assertThat(page.keyTextProperty().get()).isEqualTo("••••••••ABCD");

        String[] clipboard = {null};
        page.copyKey(k -> clipboard[0] = k);
        assertThat(clipboard[0]).isEqualTo("SLACK-XOXB-1234-ABCD");
        assertThat(page.noticeProperty().get()).contains("cleared in 30 seconds");
    }
}
