package dev.seatledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
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
 * As the window starts, the Catalog and the Licenses list load; the People and Utilization tabs read their
 * data when first opened, so on a large database they do not compete with the lists the user sees first.
 */
@ExtendWith(ApplicationExtension.class)
class StartupLoadingTest {
    private static TestDatabase db;
    private FxTaskExecutor executor;
    private MainWindow shell;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
        long product = db.services().products().create(ProductDraft.of("Figma", "Figma", null));
        long license = db.services().licenses().create(LicenseDraft.defaults(product).withName("Professional")).id();
        long person = db.services().people().create(PersonDraft.of("Ada Lovelace", "ada@example.com", "Design"));
        db.services().assignments().assign(license, person, new AssignmentDraft(null, null, null));
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

    private TableView<?> table(String tabText, String selector) {
        return (TableView<?>) tab(tabText).getContent().lookup(selector);
    }

    @Test
    void peopleAndUtilizationLoadWhenTheirTabOpens(FxRobot robot) throws Exception {
        TableView<?> licenses = table("Licenses", ".table-view");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> licenses.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> people = table("People", ".table-view");
        assertThat(people.getItems()).isEmpty();
        assertThat(table("Utilization", "#rankingTable")).as("built when first opened").isNull();

        robot.interact(() -> shell.tabs().getSelectionModel().select(tab("People")));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> people.getItems().size() == 1);

        robot.interact(() -> shell.tabs().getSelectionModel().select(tab("Utilization")));
        TableView<?> ranking = table("Utilization", "#rankingTable");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !ranking.getItems().isEmpty());
    }

    @Test
    void renewalsAndSettingsAreBuiltWhenFirstOpenedAndOnlyOnce(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#financeDashboardTab").tryQuery()).isEmpty();
        assertThat(tab("Renewals").getContent().lookup(".renewals-tabs")).isNull();
        assertThat(tab("Settings").getContent().lookup("#aiSettings")).isNull();

        robot.interact(() -> shell.tabs().getSelectionModel().select(tab("Renewals")));
        javafx.scene.Node renewals = tab("Renewals").getContent();
        assertThat(renewals.getStyleClass()).contains("renewals-tabs");
        assertThat(((javafx.scene.control.TabPane) renewals).getTabs()).extracting(Tab::getText)
            .containsExactly("Spend", "Agenda", "Calendar", "Currencies");

        robot.interact(() -> shell.tabs().getSelectionModel().select(tab("Settings")));
        assertThat(tab("Settings").getContent().lookup("#aiSettings")).isNotNull();
        robot.interact(() -> shell.tabs().getSelectionModel().select(tab("Renewals")));
        assertThat(tab("Renewals").getContent()).isSameAs(renewals);
    }
}
