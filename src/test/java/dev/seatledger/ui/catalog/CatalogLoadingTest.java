package dev.seatledger.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.testing.HeldTaskExecutor;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** While the products are read (seconds on a large inventory), the empty list says so, not that nothing matches. */
@ExtendWith(ApplicationExtension.class)
class CatalogLoadingTest {
    private static TestDatabase db;
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private CatalogViewModel vm;

    @BeforeAll
    static void oneProduct() {
        db = TestDatabase.create();
        db.services().products().create(ProductDraft.of("Figma", "Figma", null));
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        vm = new CatalogViewModel(s.catalog(), s.products(), s.sampleData(), executor);
        TestScenes.show(stage, new CatalogView(vm).root(), 1100, 700);
        vm.refresh();
    }

    @Test
    void theEmptyListSaysItIsReadingThenWhatTheSearchFound(FxRobot robot) {
        Label placeholder = robot.lookup("#catalogNoMatch").queryAs(Label.class);
        assertThat(placeholder.getText()).isEqualTo("Reading the catalog…");

        executor.release(robot);
        assertThat(robot.lookup(".table-view").queryAs(TableView.class).getItems()).hasSize(1);

        robot.interact(() -> vm.searchProperty().set("no such product"));
        assertThat(placeholder.getText()).isEqualTo("Reading the catalog…");
        executor.release(robot);
        assertThat(placeholder.getText()).isEqualTo("No products match the current search and filters.");
    }
}
