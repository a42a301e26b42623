package dev.seatledger.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Loading categories into the filter must not move the selection, which would reload the list forever. */
@ExtendWith(ApplicationExtension.class)
class CatalogCategoryFilterTest {
    private TestDatabase db;
    private FxTaskExecutor executor;
    private CatalogViewModel vm;
    private final AtomicInteger categoryChanges = new AtomicInteger();

    @Start
    void start(Stage stage) {
        db = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            TestDatabase t = TestDatabase.create();
            t.services().products().create(ProductDraft.of("Slack", "Slack Technologies", "Communication"));
            t.services().products().create(ProductDraft.of("Figma", "Figma", "Design"));
            return t;
        }).join();
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        vm = new CatalogViewModel(s.catalog(), s.products(), s.sampleData(), executor);
        vm.categoryProperty().addListener((o, a, b) -> categoryChanges.incrementAndGet());
        dev.seatledger.testing.TestScenes.show(stage, new CatalogView(vm).root(), 1100, 700);
    }

    @AfterEach
    void close() {
        executor.close();
        db.close();
    }

    @Test
    void theCategoryFilterStaysOnAllCategoriesAfterLoading(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.rows().size() == 2 && vm.categories().size() == 2);
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents(10);
        }

        assertThat(categoryChanges.get()).isZero();
        assertThat(vm.categoryProperty().get()).isNull();
        ComboBox<String> box = robot.lookup(".combo-box").queryComboBox();
        assertThat(box.getItems()).containsExactly(null, "Communication", "Design");
    }
}
