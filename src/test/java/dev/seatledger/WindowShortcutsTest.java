package dev.seatledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.Shortcuts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's keyboard and menu bar, driven by keys as a user presses them: each shortcut does what it says. */
@ExtendWith(ApplicationExtension.class)
class WindowShortcutsTest {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6};
    private static TestDatabase db;
    private static long archiveMe;
    private FxTaskExecutor executor;
    private MainWindow shell;
    private Stage stage;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
        long product = db.services().products().create(ProductDraft.of("Figma", "Figma", null));
        long license = db.services().licenses().create(LicenseDraft.defaults(product).withName("Professional")).id();
        long other = db.services().products().create(ProductDraft.of("Zoom", "Zoom", null));
        archiveMe = db.services().licenses().create(LicenseDraft.defaults(other).withName("Workplace")).id();
        long person = db.services().people().create(PersonDraft.of("Ada Lovelace", "ada@example.com", "Design"));
        db.services().assignments().assign(license, person, new AssignmentDraft(null, null, null));
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxTaskExecutor();
        shell = InstalledWindow.show(stage, db, executor);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        executor.close();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<?> licensesTable() {
        return (TableView<?>) InstalledWindow.tab(shell, "Licenses").getContent().lookup("#table");
    }

    private void waitForLicenses(int rows) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> licensesTable() != null
            && licensesTable().isVisible() && licensesTable().getItems().size() == rows);
    }

    private List<DialogPane> openDialogs(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w != stage && w.isShowing())
            .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r).toList();
    }

    private static String title(DialogPane pane) {
        return ((Stage) pane.getScene().getWindow()).getTitle();
    }

    @Test
    void ctrlAndADigitShowsEachViewInTurn(FxRobot robot) {
        for (int i = DIGITS.length - 1; i >= 0; i--) {
            shortcut(robot, DIGITS[i]);
            assertThat(shell.tabs().getSelectionModel().getSelectedIndex()).as("Ctrl+" + (i + 1)).isEqualTo(i);
        }
    }

    @Test
    void theMenuBarHoldsFileViewAndHelpAndNamesEachShortcut(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("_File", "_View", "_Help");
        List<MenuItem> view = bar.getMenus().get(1).getItems();
        for (int i = 0; i < DIGITS.length; i++) {
            assertThat(view.get(i).getAccelerator()).isEqualTo(Shortcuts.view(i));
        }
        assertThat(view).extracting(MenuItem::getAccelerator).contains(Shortcuts.SEARCH, Shortcuts.REFRESH);
        assertThat(bar.getMenus().get(0).getItems()).extracting(MenuItem::getAccelerator)
            .contains(Shortcuts.ADD, Shortcuts.QUIT);
        assertThat(InstalledWindow.tab(shell, "People").getTooltip().getText()).contains("Ctrl+4");
    }

    @Test
    void ctrlFPutsTheFocusInTheSearchOfTheViewOnScreen(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT4);
        shortcut(robot, KeyCode.F);
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(TextField.class);
        assertThat(((TextField) focused).getPromptText()).containsIgnoringCase("search");
        assertThat(InstalledWindow.tab(shell, "People").getContent().lookup("#searchField")).isSameAs(focused);

        shortcut(robot, KeyCode.DIGIT2);
        shortcut(robot, KeyCode.F);
        assertThat(InstalledWindow.tab(shell, "Licenses").getContent().lookup("#searchField"))
            .isSameAs(stage.getScene().getFocusOwner());
    }

    @Test
    void downInTheSearchGoesToTheFirstResultAndEnterOpensIt(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT2);
        waitForLicenses(2);
        shortcut(robot, KeyCode.F);
        robot.write("Zoom");
        waitForLicenses(1);
        robot.type(KeyCode.DOWN);
        assertThat(stage.getScene().getFocusOwner()).as("the results have the focus").isSameAs(licensesTable());
        assertThat(licensesTable().getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.ENTER);
        Node content = InstalledWindow.tab(shell, "Licenses").getContent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> content.lookup(".license-page") != null);
        assertThat(((javafx.scene.control.Labeled) content.lookup(".license-page #titleLabel")).getText())
            .contains("Zoom");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> content.lookup(".license-page") == null);
        robot.interact(() -> ((TextField) content.lookup("#searchField")).clear());
        waitForLicenses(2);
    }

    @Test
    void ctrlNOpensTheAddDialogOfTheViewAndEscapeClosesIt(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT2);
        waitForLicenses(2);
        shortcut(robot, KeyCode.N);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> openDialogs(robot).size() == 1);
        assertThat(title(openDialogs(robot).get(0))).isEqualTo("Add license");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> openDialogs(robot).isEmpty());

        shortcut(robot, KeyCode.DIGIT4);
        shortcut(robot, KeyCode.N);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> openDialogs(robot).size() == 1);
        assertThat(title(openDialogs(robot).get(0))).isEqualTo("Add person");
    }

    @Test
    void enterOpensTheSelectedLicenseAndEscapeGoesBackToTheList(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT2);
        waitForLicenses(2);
        robot.interact(() -> {
            licensesTable().requestFocus();
            licensesTable().getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        Node content = InstalledWindow.tab(shell, "Licenses").getContent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> content.lookup("#table") == null
            || !content.lookup("#table").isVisible() || content.lookup("#table").getScene() == null);
        assertThat(content.lookup(".license-page")).as("the license page").isNotNull();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> content.lookup(".license-page") == null);
        waitForLicenses(2);
    }

    @Test
    void deleteOnTheListArchivesTheSelectedLicenseAfterTheConfirmationAndUndoBringsItBack(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT2);
        waitForLicenses(2);
        robot.interact(() -> {
            TableView<?> table = licensesTable();
            table.requestFocus();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (((dev.seatledger.core.license.LicenseRow) table.getItems().get(i)).id() == archiveMe) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> openDialogs(robot).size() == 1);
        assertThat(openDialogs(robot).get(0).getContentText()).contains("Workplace");
        assertThat(db.services().licenses().detail(archiveMe).archived()).as("not before the answer").isFalse();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> db.services().licenses().detail(archiveMe).archived());
        waitForLicenses(1);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#undoButton").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#undoButton").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !db.services().licenses().detail(archiveMe).archived());
        waitForLicenses(2);
    }

    @Test
    void deleteInTheSearchBoxDeletesText(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.DIGIT2);
        waitForLicenses(2);
        shortcut(robot, KeyCode.F);
        robot.write("Zo");
        robot.type(KeyCode.HOME).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openDialogs(robot)).isEmpty();
        assertThat(((TextField) stage.getScene().getFocusOwner()).getText()).isEqualTo("o");
    }

    @Test
    void helpOpensTheShortcutsSheetAndTheAboutBox(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<MenuItem> help = bar.getMenus().get(2).getItems();
        robot.interact(() -> help.stream().filter(i -> "menuShortcuts".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> openDialogs(robot).size() == 1);
        assertThat(openDialogs(robot).get(0).getId()).isEqualTo("shortcutsSheet");
        assertThat(robot.lookup(".shortcut-keys").queryAll()).extracting(n -> ((javafx.scene.control.Label) n).getText())
            .contains("Ctrl+1", "Ctrl+F", "Ctrl+N", "F5", "Delete", "Esc", "Enter");
        robot.interact(() -> openDialogs(robot).get(0).getScene().getWindow().hide());

        robot.interact(() -> help.stream().filter(i -> "menuAbout".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> openDialogs(robot).size() == 1);
        assertThat(openDialogs(robot).get(0).getContentText()).contains(db.folder().toString())
            .contains(System.getProperty("java.version"));
    }
}
