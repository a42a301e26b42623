package dev.seatledger.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.FieldError;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductServiceTest {
    private TestDatabase db;
    private ProductService products;
    private CatalogQuery catalog;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        products = db.services().products();
        catalog = db.services().catalog();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createdProductIsListedWithItsFields() {
        long id = products.create(new ProductDraft("  Slack ", "Slack Technologies", "Communication",
            "https://slack.com", "team chat"));

        assertThat(catalog.list(CatalogFilter.all()))
            .singleElement()
            .satisfies(r -> {
                assertThat(r.id()).isEqualTo(id);
                assertThat(r.name()).isEqualTo("Slack");
                assertThat(r.publisher()).isEqualTo("Slack Technologies");
                assertThat(r.category()).isEqualTo("Communication");
                assertThat(r.licenseCount()).isZero();
                assertThat(r.archived()).isFalse();
            });
    }

    @Test
    void duplicateNameInAnyCaseIsRefusedWithItsMessage() {
        products.create(ProductDraft.of("Microsoft 365", "Microsoft", "Productivity"));

        assertThatThrownBy(() -> products.create(ProductDraft.of("MICROSOFT 365", "Microsoft", null)))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).errors())
                .containsExactly(new FieldError("name", "A product with this name already exists")));
        assertThat(catalog.list(CatalogFilter.all())).hasSize(1);
    }

    @Test
    void renamingOntoAnotherProductsNameIsRefused() {
        products.create(ProductDraft.of("Zoom", "Zoom", null));
        long figma = products.create(ProductDraft.of("Figma", "Figma", null));

        assertThatThrownBy(() -> products.update(figma, ProductDraft.of("zoom", "Figma", null)))
            .hasMessage("A product with this name already exists");
        products.update(figma, ProductDraft.of("FIGMA", "Figma Inc.", "Design"));
        assertThat(products.draftOf(figma).name()).isEqualTo("FIGMA");
    }

    @Test
    void nameAndPublisherAreRequired() {
        assertThatThrownBy(() -> products.create(new ProductDraft(" ", "", null, null, null)))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).byField())
                .containsEntry("name", "Name is required")
                .containsEntry("publisher", "Publisher is required"));
    }

    @Test
    void overlongNameAndBadWebsiteAreNamed() {
        assertThatThrownBy(() -> products.create(new ProductDraft("x".repeat(121), "P", null, "not a url", null)))
            .isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).byField())
                .containsEntry("name", "Name must be at most 120 characters")
                .containsEntry("website", "Website must be a web address such as https://example.com"));
    }

    @Test
    void archiveHidesAndRestoreReturns() {
        long id = products.create(ProductDraft.of("Jira Software", "Atlassian", "Development"));

        products.archive(id);
        assertThat(catalog.list(CatalogFilter.all())).isEmpty();
        assertThat(catalog.list(new CatalogFilter(null, null, null, true)))
            .singleElement().satisfies(r -> assertThat(r.archived()).isTrue());

        products.restore(id);
        assertThat(catalog.list(CatalogFilter.all())).extracting(ProductRow::name).containsExactly("Jira Software");
    }

    @Test
    void archivedNameCanBeReusedAndThenBlocksRestore() {
        long old = products.create(ProductDraft.of("Notion", "Notion Labs", null));
        products.archive(old);

        long fresh = products.create(ProductDraft.of("notion", "Notion Labs", null));

        assertThat(fresh).isNotEqualTo(old);
        assertThatThrownBy(() -> products.restore(old))
            .isInstanceOf(BusinessRuleException.class)
            .hasMessage("Cannot restore: another product is already named \"Notion\"");
    }

    @Test
    void searchAndFiltersNarrowTheList() {
        products.create(ProductDraft.of("Figma", "Figma", "Design"));
        products.create(ProductDraft.of("AutoCAD", "Autodesk", "Design"));
        products.create(ProductDraft.of("Slack", "Slack Technologies", "Communication"));
        long slack = catalog.list(new CatalogFilter("slack", null, null, false)).get(0).id();
        products.setGrade(slack, "B", "LOW");

        assertThat(catalog.list(new CatalogFilter("auto", null, null, false))).extracting(ProductRow::name)
            .containsExactly("AutoCAD");
        assertThat(catalog.list(new CatalogFilter(null, "Design", null, false))).extracting(ProductRow::name)
            .containsExactly("AutoCAD", "Figma");
        assertThat(catalog.list(new CatalogFilter(null, null, "B", false))).extracting(ProductRow::name)
            .containsExactly("Slack");
        assertThat(catalog.list(new CatalogFilter(null, null, "-", false))).extracting(ProductRow::name)
            .containsExactly("AutoCAD", "Figma");
        assertThat(catalog.categories()).containsExactly("Communication", "Design");
    }

    @Test
    void sampleDataLoadsRealisticProductsOnce() {
        int first = db.services().sampleData().load();
        int second = db.services().sampleData().load();

        assertThat(first).isGreaterThanOrEqualTo(15);
        assertThat(second).isZero();
        assertThat(catalog.list(CatalogFilter.all())).extracting(ProductRow::name)
            .contains("Microsoft 365", "Slack", "Adobe Creative Cloud", "Zoom Workplace", "Figma", "1Password Business");
    }

    @Test
    void sampleDataGradesSomeProductsAndLeavesOthersForTheUser() {
        db.services().sampleData().load();
        db.services().sampleData().load();

        java.util.Map<String, ProductRow> rows = new java.util.HashMap<>();
        catalog.list(CatalogFilter.all()).forEach(r -> rows.put(r.name(), r));
        assertThat(rows.get("Microsoft 365").gradeLetter()).isEqualTo("A");
        assertThat(rows.get("Zoom Workplace").gradeLetter()).as("a recent breach caps the grade at C").isEqualTo("C");
        assertThat(rows.get("AutoCAD").gradeLetter()).as("no SSO, no MFA enforcement: 63 points").isEqualTo("D");
        assertThat(rows.get("AutoCAD").riskLevel()).isEqualTo("HIGH");
        assertThat(rows.get("Slack").gradeSummary()).contains("No data residency choice");
        assertThat(rows.get("Adobe Creative Cloud").gradeLetter()).isNull();
        assertThat(db.services().gradeQuery().history(rows.get("Figma").id())).as("loading twice grades once").hasSize(1);
    }
}
