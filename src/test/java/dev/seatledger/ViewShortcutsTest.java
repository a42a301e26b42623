package dev.seatledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Preferences;
import dev.seatledger.core.compliance.ComplianceRow;
import dev.seatledger.core.exporting.AssignmentCsvExport;
import dev.seatledger.core.exporting.LicenseCsvExport;
import dev.seatledger.core.exporting.PeopleCsvExport;
import dev.seatledger.core.finance.RateRow;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.testing.SampleDatabase;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.exporting.ExportFeature;
import dev.seatledger.ui.shell.MainWindow;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard on the views WindowShortcutsTest does not cover (Utilization, Renewals, Compliance, Settings) and
 * File ▸ Export…, over the sample data: each key pressed as a user presses it, and what it opened or focused.
 */
@ExtendWith(ApplicationExtension.class)
class ViewShortcutsTest {
    @RegisterExtension
    static final SampleDatabase SAMPLE = new SampleDatabase();
    @TempDir
    Path dir;
    private final AtomicReference<Path> saveTo = new AtomicReference<>();
    private FxTaskExecutor executor;
    private MainWindow shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxTaskExecutor();
        TestDatabase db = SAMPLE.db();
        shell = InstalledWindow.show(stage, db, executor);
        new ExportFeature(new LicenseCsvExport(db.services().tx()), new PeopleCsvExport(db.services().tx()),
            new AssignmentCsvExport(db.services().tx()), executor, (owner, export) -> saveTo.get()).install(shell);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        executor.close();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        InstalledWindow.shortcut(robot, key);
    }

    private static void key(FxRobot robot, KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node content(String tab) {
        return InstalledWindow.tab(shell, tab).getContent();
    }

    private <T extends Node> T in(String tab, String selector, Class<T> type) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> content(tab).lookup(selector) != null);
        return type.cast(content(tab).lookup(selector));
    }

    private Node focused() {
        return stage.getScene().getFocusOwner();
    }

    private List<DialogPane> openDialogs(FxRobot robot) {
        return InstalledWindow.dialogs(robot, stage);
    }

    private DialogPane oneDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> openDialogs(robot).size() == 1);
        return openDialogs(robot).get(0);
    }

    private void closeDialogs(FxRobot robot) throws Exception {
        key(robot, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> openDialogs(robot).isEmpty());
    }

    private static <T> void selectFirst(FxRobot robot, TableView<T> table) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !table.getItems().isEmpty() && table.getItems().get(0) != null);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
            .findFirst().orElseThrow();
    }

    @Test
    void onUtilizationCtrlFFindsTheFiltersDeleteAsksBeforeReclaimingAndIgnoresCtrlNAddsToTheCatalogF5ReadsAgain(
        FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT3);
        TabPane screens = in("Utilization", "#screens", TabPane.class);

        shortcut(robot, KeyCode.F);
        ComboBox<?> product = in("Utilization", "#productBox", ComboBox.class);
        assertThat(focused()).as("Ctrl+F on Utilization").isSameAs(product);

        TableView<?> dormant = in("Utilization", "#dormantTable", TableView.class);
        selectFirst(robot, dormant);
        int dormantRows = dormant.getItems().size();
        Button reclaim = in("Utilization", "#reclaimButton", Button.class);
        assertThat(reclaim.getTooltip().getText()).contains("Delete");
        key(robot, KeyCode.DELETE);
        assertThat(oneDialog(robot).getContentText()).as("the reclaim confirmation").containsIgnoringCase("reclaim");
        closeDialogs(robot);
        assertThat(dormant.getItems()).as("nothing reclaimed without the answer").hasSize(dormantRows);

        robot.interact(() -> screens.getSelectionModel().select(3));
        @SuppressWarnings("unchecked")
        TableView<TelemetryQuery.UnknownApp> unknown = in("Utilization", "#unknownTable", TableView.class);
        selectFirst(robot, unknown);
        TelemetryQuery.UnknownApp first = unknown.getItems().get(0);
        assertThat(in("Utilization", "#addButton", Button.class).getTooltip().getText()).contains("Ctrl+N");
        shortcut(robot, KeyCode.N);
        assertThat(oneDialog(robot).getScene().getWindow()).extracting(w -> ((Stage) w).getTitle()).asString()
            .contains(first.name());
        closeDialogs(robot);

        robot.interact(unknown::requestFocus);
        key(robot, KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> unknown.getItems().stream()
            .noneMatch(a -> a.appKey().equals(first.appKey())));

        SAMPLE.db().services().aliases().forget(first.appKey());
        key(robot, KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> unknown.getItems().stream()
            .anyMatch(a -> a.appKey().equals(first.appKey())));
    }

    @Test
    void onRenewalsCtrlFFindsTheDecisionFiltersCtrlNANewRateDeleteTheSelectedRateF5ReadsAgain(FxRobot robot)
        throws Exception {
        shortcut(robot, KeyCode.DIGIT5);
        in("Renewals", "#decision-ALL", ToggleButton.class);
        shortcut(robot, KeyCode.F);
        assertThat(focused()).as("Ctrl+F on Renewals").isSameAs(content("Renewals").lookup("#decision-ALL"));

        shortcut(robot, KeyCode.N);
        assertThat(focused()).as("Ctrl+N on Renewals").isSameAs(content("Renewals").lookup("#currencyField"));

        @SuppressWarnings("unchecked")
        TableView<RateRow> rates = in("Renewals", "#ratesTable", TableView.class);
        selectFirst(robot, rates);
        String currency = rates.getItems().get(0).currency();
        assertThat(in("Renewals", "#deleteButton", Button.class).getTooltip().getText()).contains("Delete");
        key(robot, KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(rates.getItems()).as("asked first").anyMatch(r -> r.currency().equals(currency));
        key(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rates.getItems().stream()
            .noneMatch(r -> r.currency().equals(currency)));

        SAMPLE.db().services().exchangeRates().save("EUR", "NOK", new BigDecimal("0.085"), LocalDate.now());
        key(robot, KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rates.getItems().stream()
            .anyMatch(r -> r.currency().equals("NOK")));
    }

    @Test
    void onComplianceF5ReadsThePositionAgainAndFileExportWritesItsCsv(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT6);
        @SuppressWarnings("unchecked")
        TableView<ComplianceRow> compared = in("Compliance", "#comparedTable", TableView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !compared.getItems().isEmpty());
        assertThat(in("Compliance", "#refreshButton", Button.class).getTooltip().getText()).contains("F5");
        long product = SAMPLE.db().services().products().create(ProductDraft.of("Keyboard Only Suite", "Acme", null));
        SAMPLE.db().services().licenses().create(LicenseDraft.defaults(product).withName("Team"));
        key(robot, KeyCode.F5);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> compared.getItems().stream()
            .anyMatch(r -> r.product().contains("Keyboard Only Suite")));

        Path csv = dir.resolve("position.csv");
        saveTo.set(csv);
        MenuItem export = menuItem(robot, "menu-EXPORT");
        assertThat(export.isDisable()).isFalse();
        robot.interact(export::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv) && Files.size(csv) > 0);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("product,seatType,entitled,assigned,installed,active,shortfall");
        assertThat(lines).anyMatch(l -> l.contains("Keyboard Only Suite"));
    }

    @Test
    void onSettingsF5ShowsTheStoredSettingsAgain(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT7);
        TextField operator = in("Settings", "#operatorField", TextField.class);
        Preferences prefs = SAMPLE.db().preferences();
        prefs.put(Preferences.OPERATOR, "Grace Hopper");
        assertThat(operator.getText()).isNotEqualTo("Grace Hopper");
        key(robot, KeyCode.F5);
        assertThat(operator.getText()).isEqualTo("Grace Hopper");
    }

    @Test
    void fileExportOnAViewWithoutAnExportOffersTheCommandLinesTablesAndWritesTheChosenOne(FxRobot robot)
        throws Exception {
        shortcut(robot, KeyCode.DIGIT4);
        Path csv = dir.resolve("people.csv");
        saveTo.set(csv);
        robot.interact(menuItem(robot, "menu-EXPORT")::fire);
        DialogPane dialog = oneDialog(robot);
        assertThat(dialog.getId()).isEqualTo("exportDialog");
        assertThat(dialog.lookupAll(".radio-button")).hasSize(3);
        robot.interact(() -> ((RadioButton) dialog.lookup("#export-PEOPLE")).fire());
        robot.interact(() -> ((Button) dialog.lookup("#exportButton")).fire());
        Label notice = (Label) dialog.lookup("#noticeLabel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notice.isVisible() && !notice.getText().isEmpty());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(String.join(",", PeopleCsvExport.HEADERS));
        assertThat(notice.getText()).contains(String.valueOf(lines.size() - 1)).contains("people.csv");
        assertThat(openDialogs(robot)).as("the dialog stays open to tell where the file went").hasSize(1);
    }

    @Test
    void theFileMenuImportsUsageAndTheViewTabsNameTheirKeys(FxRobot robot) {
        assertThat(menuItem(robot, "menu-IMPORT_USAGE").isDisable()).isFalse();
        assertThat(menuItem(robot, "menu-IMPORT_USAGE").getText()).containsIgnoringCase("usage");
        Tab settings = InstalledWindow.tab(shell, "Settings");
        assertThat(settings.getTooltip().getText()).contains("Ctrl+7");
    }
}
