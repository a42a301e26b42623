package dev.seatledger.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CatalogViewTest {
    private TestDatabase db;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        db = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            TestDatabase t = TestDatabase.create();
            t.services().products().create(ProductDraft.of("Slack", "Slack Technologies", "Communication"));
            return t;
        }).join();
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        CatalogView view = new CatalogView(new CatalogViewModel(s.catalog(), s.products(), s.sampleData(),
            s.recognition()::entriesFor, executor));
        dev.seatledger.testing.TestScenes.show(stage, view.root(), 1100, 700);
    }

    @AfterEach
    void close() {
        executor.close();
        db.close();
    }

    @Test
    void addingAProductThroughTheDialogShowsItInTheList(FxRobot robot) throws Exception {
        waitForRows(robot, 1);

        robot.clickOn("Add product");
        robot.clickOn("#nameField").write("Figma");
        robot.clickOn("#publisherField").write("Figma");
        robot.clickOn("#categoryField").write("Design");
        robot.clickOn("#saveProductButton");

        waitForRows(robot, 2);
        TableView<ProductRow> table = robot.lookup(".table-view").queryTableView();
        assertThat(table.getItems()).extracting(ProductRow::name).containsExactly("Figma", "Slack");
        assertThat(robot.lookup(".notice-banner").queryAs(Label.class).getText()).isEqualTo("Product added to catalog");
    }

    @Test
    void duplicateNameShowsTheMessageUnderTheNameField(FxRobot robot) throws Exception {
        waitForRows(robot, 1);

        robot.clickOn("Add product");
        robot.clickOn("#nameField").write("SLACK");
        robot.clickOn("#publisherField").write("Salesforce");
        robot.clickOn("#saveProductButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
            () -> robot.lookup("#nameError").tryQueryAs(Label.class).map(Label::isVisible).orElse(false));
        assertThat(robot.lookup("#nameError").queryAs(Label.class).getText())
            .isEqualTo("A product with this name already exists");
        assertThat(robot.lookup("#saveProductButton").tryQuery()).isPresent();
    }

    @Test
    void aKnownProductIsTakenFromTheListUnderTheNameWithTheKeyboard(FxRobot robot) throws Exception {
        waitForRows(robot, 1);

        robot.clickOn("Add product");
        robot.clickOn("#nameField").write("Sket");
        ListView<?> known = robot.lookup("#knownList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> known.isVisible() && !known.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#knownList .list-cell").queryAs(ListCell.class).getText())
            .isEqualTo("Sketch \u2014 Sketch B.V. \u00b7 Design");
        assertThat(known.getHeight()).as("the list shows several entries, not a sliver").isGreaterThanOrEqualTo(120);

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#publisherField").queryTextInputControl().getText()).isEqualTo("Sketch B.V.");
        assertThat(robot.lookup("#websiteField").queryTextInputControl().getText()).isEqualTo("https://www.sketch.com/");
        assertThat(known.isVisible()).isFalse();
        assertThat(robot.lookup("#saveProductButton").tryQuery()).as("Enter took the entry, not the dialog").isPresent();

        robot.clickOn("#saveProductButton");
        waitForRows(robot, 2);
        TableView<ProductRow> table = robot.lookup(".table-view").queryTableView();
        assertThat(table.getItems()).extracting(ProductRow::publisher).containsExactly("Sketch B.V.", "Slack Technologies");
    }

    private static void waitForRows(FxRobot robot, int n) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup(".table-view").queryTableView().getItems().size() == n);
    }
}
