package dev.seatledger.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogViewModelTest {
    private TestDatabase db;
    private CatalogViewModel vm;
    private AppServices s;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        vm = new CatalogViewModel(s.catalog(), s.products(), s.sampleData(), new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void emptyCatalogOffersTheFirstRunState() {
        vm.refresh();
        assertThat(vm.catalogEmptyProperty().get()).isTrue();

        vm.loadSampleData();

        assertThat(vm.catalogEmptyProperty().get()).isFalse();
        assertThat(vm.rows()).extracting(ProductRow::name).contains("Slack", "Microsoft 365");
        assertThat(vm.noticeProperty().get()).isEqualTo("Sample data loaded");
    }

    @Test
    void typingASearchFiltersRowsAndCategoryNarrowsFurther() {
        s.products().create(ProductDraft.of("Figma", "Figma", "Design"));
        s.products().create(ProductDraft.of("AutoCAD", "Autodesk", "Design"));
        s.products().create(ProductDraft.of("Zoom Workplace", "Zoom", "Communication"));
        vm.refresh();
        assertThat(vm.categories()).containsExactly("Communication", "Design");

        vm.searchProperty().set("o");
        assertThat(vm.rows()).extracting(ProductRow::name).containsExactly("AutoCAD", "Zoom Workplace");

        vm.categoryProperty().set("Design");
        assertThat(vm.rows()).extracting(ProductRow::name).containsExactly("AutoCAD");
        assertThat(vm.countText()).isEqualTo("1 product");
    }

    @Test
    void formShowsFieldErrorsAndSavesValidInput() {
        s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        ProductFormViewModel form = vm.newForm();
        boolean[] saved = {false};

        form.nameProperty().set("slack");
        form.publisherProperty().set("Salesforce");
        form.save(() -> saved[0] = true);
        assertThat(saved[0]).isFalse();
        assertThat(form.errors())
            .containsEntry("name", "A product with this name already exists");

        form.nameProperty().set("Miro");
        form.publisherProperty().set("");
        form.save(() -> saved[0] = true);
        assertThat(form.errors()).containsOnlyKeys("publisher");

        form.publisherProperty().set("Miro");
        form.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void editFormLoadsStoredValuesAndArchiveRemovesRow() {
        long id = s.products().create(new ProductDraft("Figma", "Figma", "Design", "https://figma.com", "n"));
        vm.refresh();
        ProductRow row = vm.rows().get(0);
        ProductFormViewModel form = vm.editForm(row);
        form.load(() -> { });
        assertThat(form.websiteProperty().get()).isEqualTo("https://figma.com");

        vm.archive(row);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo("Product archived");

        vm.showArchivedProperty().set(true);
        assertThat(vm.rows()).extracting(ProductRow::id).containsExactly(id);
        vm.restore(vm.rows().get(0));
        vm.showArchivedProperty().set(false);
        assertThat(vm.rows()).extracting(ProductRow::name).containsExactly("Figma");
    }
}
