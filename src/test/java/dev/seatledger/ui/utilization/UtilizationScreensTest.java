package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.core.utilization.DormantSort;
import dev.seatledger.testing.CountingTaskExecutor;
import dev.seatledger.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Utilization screens' view models without a toolkit: the import fills every screen, unknown apps are resolved. */
class UtilizationScreensTest {
    private static final Path TELEMETRY = Path.of("src/test/resources/telemetry/seatledger-telemetry.csv");

    private TestDatabase db;
    private AppServices s;
    private CountingTaskExecutor executor;
    private UtilizationViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        s.licenses().create(LicenseDraft.defaults(slack).withSeats(10, SeatType.USER));
        // No Figma in the catalog: recognition would link "Figma, Desktop" to it, and it would not be unknown.
        s.products().create(ProductDraft.of("Design Suite", "Acme", null));
        executor = new CountingTaskExecutor();
        vm = UtilizationTab.viewModel(s, executor);
        vm.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TelemetryQuery.UnknownApp unknown(String name) {
        return vm.unknown().rows().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anImportRefreshesEveryScreenAndSaysWhatItRead() {
        assertThat(vm.devices().rows()).isEmpty();

        vm.telemetryImport().importFile(TELEMETRY, null, null);

        assertThat(vm.status().busyProperty().get()).isFalse();
        assertThat(vm.status().noticeProperty().get()).startsWith("Imported 3 records: 1 new devices");
        assertThat(vm.devices().rows()).extracting(TelemetryQuery.DeviceRow::hostname).containsExactly("LAP-CHLOE");
        assertThat(vm.unknown().rows()).extracting(TelemetryQuery.UnknownApp::name).containsExactly("Figma, Desktop");
        assertThat(vm.ranking().rows()).hasSize(1);
    }

    @Test
    void anUnknownApplicationMappedToAProductLeavesTheList() {
        vm.telemetryImport().importFile(TELEMETRY, null, null);
        TelemetryQuery.UnknownApp figmaDesktop = unknown("Figma, Desktop");
        ProductOption suite = vm.dormant().productChoices().stream().filter(p -> p.name().equals("Design Suite"))
            .findFirst().orElseThrow();

        vm.unknown().mapApp(figmaDesktop, suite);

        assertThat(vm.status().noticeProperty().get()).isEqualTo("Figma, Desktop now counts as Design Suite");
        assertThat(vm.unknown().rows()).isEmpty();
    }

    @Test
    void anUnknownApplicationAddedToTheCatalogBecomesAProduct() {
        vm.telemetryImport().importFile(TELEMETRY, null, null);
        TelemetryQuery.UnknownApp app = unknown("Figma, Desktop");

        AddToCatalogViewModel form = vm.unknown().addToCatalogForm(app);
        form.publisherProperty().set("Figma Inc.");
        form.save(() -> { });

        assertThat(vm.status().noticeProperty().get()).isEqualTo("Figma, Desktop added to the catalog");
        assertThat(vm.unknown().rows()).isEmpty();
        assertThat(vm.dormant().productChoices()).extracting(ProductOption::name).contains("Figma, Desktop");
    }

    @Test
    void aMacApplicationIsAddedUnderItsNameWithoutDotApp() {
        assertThat(vm.unknown().addToCatalogForm(new TelemetryQuery.UnknownApp("com.figma.Desktop", "Figma.app", 1))
            .nameProperty().get()).isEqualTo("Figma");
    }

    @Test
    void aSortTheDormantListAlreadyHasReadsNothingAgain() {
        int before = executor.tasks();

        vm.dormant().sortBy(DormantSort.LICENSE, true);
        assertThat(executor.tasks()).as("the list is sorted by license already").isEqualTo(before);

        vm.dormant().sortBy(DormantSort.HOLDER, true);
        assertThat(executor.tasks()).isEqualTo(before + 1);
    }
}
