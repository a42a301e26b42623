package dev.seatledger.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.AppServices;
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
}
