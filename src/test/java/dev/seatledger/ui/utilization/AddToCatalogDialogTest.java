package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.CatalogFilter;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductRow;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Add to catalog dialog: a missing publisher is shown under its field and the dialog stays; then it adds. */
@ExtendWith(ApplicationExtension.class)
class AddToCatalogDialogTest {
    private static final Path TELEMETRY = Path.of("src/test/resources/telemetry/seatledger-telemetry.csv");

    private static TestDatabase db;
    private static AppServices s;
    private FxTaskExecutor executor;
    private UtilizationViewModel vm;

    /** Opened before the window, so the toolkit's set-up time limit covers only the window. */
    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        s = db.services();
        s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        vm = UtilizationTab.viewModel(s, executor);
        TestScenes.show(stage, new VBox(), 400, 300);
        vm.telemetryImport().importFile(TELEMETRY, null, null);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    @Test
    void aMissingPublisherKeepsTheDialogOpenThenTheApplicationIsAdded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.unknown().rows().isEmpty());
        TelemetryQuery.UnknownApp app = vm.unknown().rows().get(0);
        robot.interact(() -> new AddToCatalogDialog(vm.unknown().addToCatalogForm(app)).show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot, "#addToCatalogButton"));
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo(app.name());

        robot.clickOn("#addToCatalogButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot, "#publisherError"));
        assertThat(robot.lookup("#publisherError").queryAs(Label.class).getText()).isEqualTo("Publisher is required");
        assertThat(shown(robot, "#addToCatalogButton")).isTrue();

        robot.clickOn("#publisherField").write("Figma Inc.");
        robot.clickOn("#addToCatalogButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#addToCatalogButton").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.unknown().rows().isEmpty());
        assertThat(s.catalog().list(CatalogFilter.all()))
            .extracting(ProductRow::name).contains(app.name());
        assertThat(vm.status().noticeProperty().get()).isEqualTo(app.name() + " added to the catalog");
    }
}
