package dev.seatledger.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.recognition.KnowledgeEntry;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.Cancellable;
import dev.seatledger.ui.common.CurrentThreadTaskExecutor;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Add product" offers the knowledge base's software as a name is typed; taking one fills the form from it. */
class ProductTypeAheadTest {
    private TestDatabase db;
    private AppServices s;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CatalogViewModel catalog(TaskExecutor executor) {
        return new CatalogViewModel(s.catalog(), s.products(), s.sampleData(), s.recognition()::entriesFor, executor);
    }

    @Test
    void knowledgeBaseEntriesAreOfferedAsANameIsTypedAndTheChosenOneFillsTheForm() {
        ProductFormViewModel form = catalog(new CurrentThreadTaskExecutor()).newForm();

        form.nameProperty().set("sket");
        assertThat(form.offered()).extracting(KnowledgeEntry::name).contains("Sketch");
        form.nameProperty().set("");
        assertThat(form.offered()).as("nothing typed, nothing offered").isEmpty();
        form.nameProperty().set("sket");

        form.choose(form.offered().stream().filter(e -> e.name().equals("Sketch")).findFirst().orElseThrow());

        assertThat(form.nameProperty().get()).isEqualTo("Sketch");
        assertThat(form.publisherProperty().get()).isEqualTo("Sketch B.V.");
        assertThat(form.categoryProperty().get()).isEqualTo("Design");
        assertThat(form.websiteProperty().get()).isEqualTo("https://www.sketch.com/");
        assertThat(form.offered()).as("the offer closes once one is taken").isEmpty();

        form.save(() -> { });
        assertThat(s.catalog().list(CatalogFilter.all())).singleElement()
            .satisfies(p -> assertThat(p.publisher()).isEqualTo("Sketch B.V."));
    }

    @Test
    void freeSoftwareIsNotOfferedAndEditingOffersNothing() {
        CatalogViewModel vm = catalog(new CurrentThreadTaskExecutor());
        ProductFormViewModel form = vm.newForm();
        form.nameProperty().set("Google Chrome");
        assertThat(form.offered()).extracting(KnowledgeEntry::name).doesNotContain("Google Chrome");

        long id = s.products().create(ProductDraft.of("Sketch", "Sketch B.V.", null));
        vm.refresh();
        ProductFormViewModel edit = vm.editForm(vm.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow());
        edit.load(() -> { });
        edit.nameProperty().set("Sketch Pro");
        assertThat(edit.offered()).isEmpty();
    }

    @Test
    void anEarlierKeystrokesLateAnswerDoesNotReplaceTheLaterOne() {
        HeldReads held = new HeldReads();
        ProductFormViewModel form = catalog(held).newForm();
        form.nameProperty().set("s");
        form.nameProperty().set("sketch");
        held.runLast();
        assertThat(form.offered()).extracting(KnowledgeEntry::name).first().isEqualTo("Sketch");
        held.runFirst();
        assertThat(form.offered()).extracting(KnowledgeEntry::name).first().isEqualTo("Sketch");
    }

    /** Reads held until the test runs them, in the order it chooses. */
    private static final class HeldReads implements TaskExecutor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        @Override
        public <T> Cancellable executeWithProgress(Function<Progress, T> work, BiConsumer<Long, Long> onProgress,
                                                   Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            throw new UnsupportedOperationException();
        }

        void runFirst() {
            held.remove(0).run();
        }

        void runLast() {
            held.remove(held.size() - 1).run();
        }
    }
}
