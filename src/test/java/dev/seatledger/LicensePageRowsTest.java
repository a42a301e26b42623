package dev.seatledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.ShellTab;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The seats are what a license page is visited for: its holders show without scrolling the page. */
class LicensePageRowsTest {
    private static TestDatabase db;
    private FxTaskExecutor executor;

    @BeforeAll
    static void licenseWithFifteenHolders() throws Exception {
        FxToolkit.registerPrimaryStage();
        db = TestDatabase.create();
        long product = db.services().products().create(ProductDraft.of("Figma", "Figma", null));
        long license = db.services().licenses().create(LicenseDraft.defaults(product).withName("Professional")
            .withSeats(20, SeatType.USER)).id();
        for (int i = 1; i <= 15; i++) {
            long person = db.services().people().create(PersonDraft.of("Person " + i, "p" + i + "@example.com", "Design"));
            db.services().assignments().assign(license, person, new AssignmentDraft(null, null, null));
        }
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @AfterEach
    void close() throws Exception {
        executor.close();
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest(name = "{0}×{1}: at least {2} holder rows")
    @CsvSource({"1440, 900, 10", "1366, 768, 5"})
    void theHolderRowsShowWithoutScrolling(int width, int height, int rows) throws Exception {
        executor = new FxTaskExecutor();
        FxRobot robot = new FxRobot();
        MainWindow[] shell = new MainWindow[1];
        FxToolkit.setupStage(stage -> shell[0] = InstalledWindow.show(stage, db, executor, width, height));
        robot.interact(() -> shell[0].select(ShellTab.LICENSES));
        Node licenses = InstalledWindow.tab(shell[0], "Licenses").getContent();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> licenses.lookup("#table") instanceof TableView<?> t
            && t.getItems().size() == 1);
        robot.interact(() -> {
            TableView<?> t = (TableView<?>) licenses.lookup("#table");
            t.requestFocus();
            t.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> licenses.lookup("#holdersPreview") instanceof TableView<?> t
            && t.getItems().size() == 15);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> holders = (TableView<?>) licenses.lookup("#holdersPreview");
        double sceneHeight = holders.getScene().getHeight();
        Bounds table = holders.localToScene(holders.getBoundsInLocal());
        long shown = holders.lookupAll(".table-row-cell").stream()
            .filter(n -> n instanceof TableRow<?> r && r.getItem() != null && r.isVisible())
            .map(n -> n.localToScene(n.getBoundsInLocal()))
            .filter(b -> b.getMaxY() <= Math.min(sceneHeight, table.getMaxY()) + 0.5 && b.getMinY() >= table.getMinY())
            .count();
        assertThat(shown).as("holder rows fully in view at %dx%d", width, height).isGreaterThanOrEqualTo(rows);
    }
}
