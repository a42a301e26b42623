package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.recognition.Suggestion;
import dev.seatledger.core.telemetry.SuggestedMatch;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Unknown applications screen without a toolkit: each row's suggestions with confidence and reason; accept,
 * choose another, ignore and show again, each re-matching at once and moving the seat's usage; accept all from N %
 * with its preview and one undo; hidden items counted and shown; Add to catalog filled from the knowledge base.
 */
class UnknownAppsViewModelTest {
    private TestDatabase db;
    private AppServices s;
    private UnknownApps data;
    private UtilizationViewModel utilization;
    private UnknownAppsViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        data = new UnknownApps(db);
        utilization = UtilizationTab.viewModel(s, new CurrentThreadTaskExecutor());
        utilization.refresh();
        vm = utilization.unknown();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TelemetryQuery.UnknownApp row(String name) {
        return vm.rows().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> names() {
        return vm.rows().stream().map(TelemetryQuery.UnknownApp::name).toList();
    }

    @Test
    void eachRowShowsItsBestSuggestionAndTheSelectedOneAllItsSuggestionsWithTheReason() {
        TelemetryQuery.UnknownApp orbit = row("Orbit CRM Desktop 2.1");
        assertThat(orbit.suggestion()).isEqualTo("Orbit CRM");
        assertThat(Percent.of(orbit.confidence())).isEqualTo("83 %");
        assertThat(orbit.reason()).isEqualTo("words in common with Orbit CRM");
        assertThat(row("Acme Timesheets 4.2 (x64)").suggestion()).isNull();

        vm.selectedProperty().set(orbit);
        assertThat(vm.suggestions()).extracting(Suggestion::productName).containsExactly("Orbit CRM", "Orbit CRM Analytics");
        assertThat(vm.suggestions().get(1).reason().text()).isEqualTo("words in common with Orbit CRM Analytics");

        vm.selectedProperty().set(null);
        assertThat(vm.suggestions()).isEmpty();
    }

    @Test
    void acceptingTheBestSuggestionMapsTheApplicationMovesTheSeatsUsageAndIsInHistory() {
        assertThat(utilization.dormant().rows()).hasSize(2);
        assertThat(data.orbitLastUsed()).isNull();

        vm.accept(row("Orbit CRM Desktop 2.1"), null);

        assertThat(utilization.status().noticeProperty().get()).isEqualTo("Orbit CRM Desktop 2.1 now counts as Orbit CRM");
        assertThat(names()).doesNotContain("Orbit CRM Desktop 2.1");
        assertThat(data.orbitLastUsed()).isEqualTo(UnknownApps.USED);
        assertThat(utilization.dormant().rows()).as("the seat is used now").hasSize(1);
        assertThat(s.history().of(SubjectType.PRODUCT, data.orbit, 10)).extracting(HistoryRow::action)
            .contains(HistoryAction.MAP);
    }

    @Test
    void acceptingAnotherSuggestionMapsToThatProduct() {
        TelemetryQuery.UnknownApp orbit = row("Orbit CRM Desktop 2.1");
        vm.selectedProperty().set(orbit);

        vm.accept(orbit, vm.suggestions().get(1));

        assertThat(utilization.status().noticeProperty().get())
            .isEqualTo("Orbit CRM Desktop 2.1 now counts as Orbit CRM Analytics");
        assertThat(s.telemetry().applications()).filteredOn(a -> a.name().equals("Orbit CRM Desktop 2.1"))
            .singleElement().satisfies(a -> assertThat(a.product()).isEqualTo("Orbit CRM Analytics"));
        assertThat(data.orbitLastUsed()).isNull();
    }

    @Test
    void hiddenItemsAreCountedShownOnRequestAndAnIgnoredOneCanBeShownAgain() {
        assertThat(vm.hiddenTextProperty().get()).isEqualTo("3 free, system and ignored items hidden");
        assertThat(names()).doesNotContain("Google Chrome", "libc6");

        vm.ignore(row("Acme Timesheets 4.2 (x64)"));
        assertThat(names()).doesNotContain("Acme Timesheets 4.2 (x64)");
        assertThat(vm.hiddenTextProperty().get()).isEqualTo("4 free, system and ignored items hidden");

        vm.showHiddenProperty().set(true);
        assertThat(names()).contains("Google Chrome", "libc6", "Acme Timesheets 4.2 (x64)", "Orbit CRM Desktop 2.1");
        TelemetryQuery.UnknownApp acme = row("Acme Timesheets 4.2 (x64)");
        assertThat(acme.ignoredByUser()).isTrue();
        assertThat(row("Google Chrome").hidden()).isEqualTo("free");
        assertThat(row("Google Chrome").ignoredByUser()).isFalse();
        assertThat(row("Google Chrome").reason()).contains("free software");

        vm.showAgain(acme);
        vm.showHiddenProperty().set(false);
        assertThat(names()).contains("Acme Timesheets 4.2 (x64)");
        assertThat(row("Acme Timesheets 4.2 (x64)").hidden()).isNull();
        assertThat(vm.hiddenTextProperty().get()).isEqualTo("3 free, system and ignored items hidden");
    }

    @Test
    void acceptAllPreviewsWhatItTakesAcceptsInOneStepAndIsUndoneInOne() {
        AcceptAllViewModel all = vm.acceptAll();
        all.percentProperty().set(85);
        List<AcceptAllViewModel.Preview> previews = new ArrayList<>();
        all.preview(previews::add);
        assertThat(previews).singleElement().satisfies(p -> assertThat(p.matches())
            .extracting(SuggestedMatch::name, SuggestedMatch::product)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Tally Books 2024 Desktop", "Tally Books")));

        all.percentProperty().set(80);
        previews.clear();
        all.preview(previews::add);
        AcceptAllViewModel.Preview preview = previews.get(0);
        assertThat(preview.matches()).extracting(SuggestedMatch::name)
            .containsExactlyInAnyOrder("Orbit CRM Desktop 2.1", "Tally Books 2024 Desktop");
        assertThat(all.undoableProperty().get()).isFalse();

        all.accept(preview);
        assertThat(utilization.status().noticeProperty().get()).startsWith("2 suggestions accepted");
        assertThat(names()).containsExactlyInAnyOrder("Acme Timesheets 4.2 (x64)", "Sketch.app");
        assertThat(data.orbitLastUsed()).isEqualTo(UnknownApps.USED);
        assertThat(all.undoableProperty().get()).isTrue();

        all.undo();
        assertThat(utilization.status().noticeProperty().get()).isEqualTo("2 decisions taken back");
        assertThat(names()).contains("Orbit CRM Desktop 2.1", "Tally Books 2024 Desktop");
        assertThat(data.orbitLastUsed()).isNull();
        assertThat(all.undoableProperty().get()).isFalse();
    }

    @Test
    void nothingAtTheChosenConfidenceSaysSoWithoutAPreview() {
        AcceptAllViewModel all = vm.acceptAll();
        all.percentProperty().set(99);
        List<AcceptAllViewModel.Preview> previews = new ArrayList<>();
        all.preview(previews::add);
        assertThat(previews).isEmpty();
        assertThat(utilization.status().noticeProperty().get()).isEqualTo("No suggestion of 99 % or more to accept.");
    }

    @Test
    void addToCatalogIsFilledFromTheKnowledgeBase() {
        AddToCatalogViewModel form = vm.addToCatalogForm(row("Sketch.app"));
        assertThat(form.nameProperty().get()).isEqualTo("Sketch");
        List<String> read = new ArrayList<>();
        form.load(() -> read.add("read"));

        assertThat(read).containsExactly("read");
        assertThat(form.publisherProperty().get()).isEqualTo("Sketch B.V.");
        assertThat(form.categoryProperty().get()).isEqualTo("Design");
        assertThat(form.websiteProperty().get()).isEqualTo("https://www.sketch.com/");
        form.save(() -> { });
        assertThat(names()).doesNotContain("Sketch.app");
        assertThat(utilization.status().noticeProperty().get()).isEqualTo("Sketch added to the catalog");
    }
}
