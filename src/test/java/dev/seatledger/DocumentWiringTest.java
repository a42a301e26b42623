package dev.seatledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

/**
 * The app's composition root puts the documents panel, the toolbar action and the AI settings in place, and every
 * feature's tab and the grade action on the license page.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentWiringTest {
    private static TestDatabase db;
    private static long license;
    private FxTaskExecutor executor;
    private MainWindow shell;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
        long product = db.services().products().create(ProductDraft.of("Slack", "Salesforce", null));
        license = db.services().licenses().create(LicenseDraft.defaults(product).withName("Business+")).id();
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        shell = InstalledWindow.show(stage, db, executor);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private Tab tab(String text) {
        return InstalledWindow.tab(shell, text);
    }

    @Test
    void licensePageHasTheDocumentsPanelAndSettingsTheAiSection(FxRobot robot) throws Exception {
        robot.interact(() -> shell.tabs().getSelectionModel().select(tab("Settings")));
        assertThat(robot.lookup("#aiSettings").tryQuery()).isPresent();

        robot.interact(() -> shell.tabs().getSelectionModel().select(tab("Licenses")));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
            () -> robot.lookup("New license from contract…").tryQuery().map(Node::isVisible).orElse(false));
        robot.doubleClickOn("Business+");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#documentsPanel").tryQuery().isPresent());
        assertThat(robot.lookup("#attachDocumentButton").tryQuery()).isPresent();
        assertThat(robot.lookup(".related-tabs").queryAs(TabPane.class).getTabs()).extracting(Tab::getText)
            .as("each feature's tab, in order").containsExactly("Seats", "Usage audits", "Documents", "Price history", "History");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#gradeLink").tryQuery().isPresent());
        assertThat(license).isPositive();
    }
}
