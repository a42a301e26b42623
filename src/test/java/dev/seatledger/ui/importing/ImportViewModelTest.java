package dev.seatledger.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.license.LicenseListRequest;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    private TestDatabase db;
    private AppServices s;
    private ImportViewModel vm;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        vm = new ImportViewModel(s.licenseImport(), s.peopleImport(), new CurrentThreadTaskExecutor(), "EUR");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void snipeItFileIsRecognisedPreviewedAndImportsOnlyValidRowsWhenAsked() throws Exception {
        vm.load(Path.of(getClass().getResource("/import/snipeit-licenses.csv").toURI()));

        assertThat(vm.kindProperty().get()).isEqualTo(ImportViewModel.Kind.SNIPEIT_LICENSES);
        assertThat(vm.issues()).hasSize(3);
        assertThat(vm.summaryProperty().get()).contains("2 licenses").contains("3 problems");
        assertThat(vm.canImportProperty().get()).isFalse();

        vm.skipInvalidProperty().set(true);
        assertThat(vm.canImportProperty().get()).isTrue();
        vm.runImport(() -> { });

        assertThat(vm.resultProperty().get()).startsWith("Imported 2 licenses");
        assertThat(s.licenseQuery().list(LicenseListRequest.all())).hasSize(2);
    }

    @Test
    void genericCsvMappingCanBeChangedAndRevalidates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("licenses.csv");
        Files.writeString(file, "App;Maker;How many\nMiro;Miro;25\n");
        vm.load(file);
        vm.kindProperty().set(ImportViewModel.Kind.CSV_LICENSES);
        assertThat(vm.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("no column"));

        vm.mapping().put("product", "App");
        vm.mapping().put("publisher", "Maker");
        vm.mapping().put("seats", "How many");
        vm.preview();

        assertThat(vm.issues()).isEmpty();
        vm.runImport(() -> { });
        assertThat(s.licenseQuery().list(LicenseListRequest.all())).singleElement()
            .satisfies(r -> assertThat(r.seatsTotal()).isEqualTo(25));
    }

    @Test
    void directoryExportsAreRecognisedByTheirHeaders() throws Exception {
        vm.load(Path.of(getClass().getResource("/import/google-users.csv").toURI()));
        assertThat(vm.kindProperty().get()).isEqualTo(ImportViewModel.Kind.GOOGLE_PEOPLE);
        vm.runImport(() -> { });
        assertThat(vm.resultProperty().get()).isEqualTo("Imported people: 2 new, 0 updated, 0 unchanged");
    }

    private static Path licensesFile(Path dir, int n) throws Exception {
        StringBuilder csv = new StringBuilder("Product,Publisher,Seats,Total Cost,Currency\n");
        for (int i = 1; i <= n; i++) {
            csv.append("Tool ").append(i).append(",Maker ").append(i % 7).append(',').append(i % 20 + 1)
                .append(",\"$1,").append(100 + i).append(".50\",USD\n");
        }
        Path file = dir.resolve("licenses.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void cancelDuringTheImportRollsBackEverythingAndSaysSo(@TempDir Path dir) throws Exception {
        vm.load(licensesFile(dir, 300));
        assertThat(vm.kindProperty().get()).isEqualTo(ImportViewModel.Kind.CSV_LICENSES);
        assertThat(vm.issues()).isEmpty();
        java.util.List<String> seen = new java.util.ArrayList<>();
        vm.statusProperty().addListener((o, a, b) -> seen.add(b));
        vm.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() >= 0.5) {
                vm.cancelImport();
            }
        });
        boolean[] closed = {false};

        vm.runImport(() -> closed[0] = true);

        assertThat(seen).contains("Importing… 150 of 300 rows", "Cancelling…");
        assertThat(vm.statusProperty().get()).isEqualTo("Import cancelled; nothing was saved.");
        assertThat(closed[0]).isFalse();
        assertThat(vm.importingProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).isEmpty();
        assertThat(s.licenseQuery().list(LicenseListRequest.all())).isEmpty();
        assertThat(s.catalog().list(dev.seatledger.core.catalog.CatalogFilter.all())).isEmpty();
        assertThat(vm.canImportProperty().get()).isTrue();
    }

    @Test
    void importReportsProgressToTheEndThenTheResult(@TempDir Path dir) throws Exception {
        vm.load(licensesFile(dir, 300));
        java.util.List<Double> steps = new java.util.ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> steps.add(b.doubleValue()));
        boolean[] importingSeen = {false};
        vm.importingProperty().addListener((o, a, b) -> importingSeen[0] |= b);

        vm.runImport(() -> { });

        assertThat(importingSeen[0]).isTrue();
        assertThat(steps).hasSizeGreaterThan(10).isSorted().last().isEqualTo(1.0);
        assertThat(vm.resultProperty().get()).isEqualTo("Imported 300 licenses (300 new products, 0 new people, 0 seats assigned)");
        assertThat(s.licenseQuery().list(LicenseListRequest.all())).hasSize(300)
            .allSatisfy(r -> assertThat(r.currency()).isEqualTo("USD"));
    }

    @Test
    void cancelledPeopleImportSavesNobody(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("name,email,department,title,manager,employee_id,status\n");
        for (int i = 1; i <= 120; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@example.com,Sales,Rep,,E").append(i)
                .append(",active\n");
        }
        Path file = dir.resolve("people.csv");
        Files.writeString(file, csv);
        vm.load(file);
        assertThat(vm.kindProperty().get()).isEqualTo(ImportViewModel.Kind.CSV_PEOPLE);
        vm.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0.2) {
                vm.cancelImport();
            }
        });

        vm.runImport(() -> { });

        assertThat(vm.statusProperty().get()).isEqualTo("Import cancelled; nothing was saved.");
        assertThat(s.personQuery().list(dev.seatledger.core.people.PersonFilter.all())).isEmpty();
    }

    @Test
    void everyMappableFieldHasALabel() {
        assertThat(ImportViewModel.fields()).allSatisfy(f ->
            assertThat(dev.seatledger.core.common.Messages.get("import.field." + f)).doesNotStartWith("import.field."));
    }
}
