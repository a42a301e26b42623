package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TableCounts;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Add to catalog…" on an unknown application, without a toolkit: name and publisher are required and the name must
 * be free; a refusal shows under its field, keeps the dialog open and writes nothing.
 */
class AddToCatalogViewModelTest {
    private static final Path TELEMETRY = Path.of("src/test/resources/telemetry/seatledger-telemetry.csv");

    private TestDatabase db;
    private AppServices s;
    private UtilizationViewModel utilization;
    private final List<String> closed = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        utilization = UtilizationTab.viewModel(s, new CurrentThreadTaskExecutor());
        utilization.telemetryImport().importFile(TELEMETRY, null, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AddToCatalogViewModel form() {
        TelemetryQuery.UnknownApp app = utilization.unknown().rows().stream()
            .filter(a -> a.name().equals("Figma, Desktop")).findFirst().orElseThrow();
        return utilization.unknown().addToCatalogForm(app);
    }

    private List<String> productNames() {
        return s.catalog().list(CatalogFilter.all()).stream().map(ProductRow::name).toList();
    }

    @Test
    void theNameStartsAsTheApplicationsAndAnAddedApplicationLeavesTheList() {
        AddToCatalogViewModel form = form();
        assertThat(form.nameProperty().get()).isEqualTo("Figma, Desktop");
        form.nameProperty().set("  Figma Desktop ");
        form.publisherProperty().set("Figma Inc.");
        form.categoryProperty().set("Design");

        form.save(() -> closed.add("closed"));

        assertThat(closed).containsExactly("closed");
        assertThat(form.errors()).isEmpty();
        assertThat(productNames()).contains("Figma Desktop");
        assertThat(utilization.status().noticeProperty().get()).isEqualTo("Figma Desktop added to the catalog");
        assertThat(utilization.unknown().rows()).isEmpty();
    }

    @Test
    void aMissingPublisherIsShownUnderItsFieldAndNothingIsWritten() {
        AddToCatalogViewModel form = form();
        Map<String, Long> before = TableCounts.of(s.tx());
        form.publisherProperty().set("   ");

        form.save(() -> closed.add("closed"));

        assertThat(closed).isEmpty();
        assertThat(form.errors()).containsEntry("publisher", "Publisher is required");
        assertThat(TableCounts.of(s.tx())).isEqualTo(before);
        assertThat(utilization.unknown().rows()).extracting(TelemetryQuery.UnknownApp::name)
            .containsExactly("Figma, Desktop");
    }

    @Test
    void aNameTheCatalogHasIsRefusedUnderTheNameAndTheApplicationStaysUnknown() {
        AddToCatalogViewModel form = form();
        Map<String, Long> before = TableCounts.of(s.tx());
        form.nameProperty().set("slack");
        form.publisherProperty().set("Figma Inc.");

        form.save(() -> closed.add("closed"));

        assertThat(closed).isEmpty();
        assertThat(form.errors()).containsEntry("name", "A product with this name already exists");
        assertThat(form.generalErrorProperty().get()).isEmpty();
        assertThat(TableCounts.of(s.tx())).isEqualTo(before);
        assertThat(utilization.status().noticeProperty().get()).doesNotContain("added to the catalog");
    }
}
