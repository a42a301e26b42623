package dev.seatledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.shell.MainWindow;
import dev.seatledger.ui.shell.ShellTab;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
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
 * Walks the focus with Tab through each view of the window, as a keyboard or screen-reader user does, and checks
 * that every control the focus reaches tells what it is: its own text, an accessible text, or a label naming it.
 */
@ExtendWith(ApplicationExtension.class)
class FocusWalkTest {
    private static final int MOST_STOPS = 120;
    private static TestDatabase db;
    private FxTaskExecutor executor;
    private MainWindow shell;
    private Stage stage;

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
        this.stage = stage;
        executor = new FxTaskExecutor();
        shell = InstalledWindow.show(stage, db, executor);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void everyControlTheFocusReachesInEachViewSaysWhatItIs(FxRobot robot) throws Exception {
        List<String> unnamed = new ArrayList<>();
        for (ShellTab tab : ShellTab.values()) {
            robot.interact(() -> shell.select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> shell.tabs().requestFocus());
            Map<Node, Boolean> seen = new IdentityHashMap<>();
            for (int i = 0; i < MOST_STOPS; i++) {
                robot.type(KeyCode.TAB);
                Node focused = stage.getScene().getFocusOwner();
                if (focused == null || seen.put(focused, true) != null) {
                    break;
                }
                if (!named(focused)) {
                    unnamed.add(tab + ": " + describe(focused));
                }
            }
            assertThat(seen).as("stops in " + tab).hasSizeGreaterThan(1);
        }
        assertThat(unnamed).as("focusable controls with no text, accessible text or label").isEmpty();
    }

    private boolean named(Node n) {
        if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
            return true;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return true;
        }
        if (n instanceof javafx.scene.control.TabPane) {
            return true;
        }
        return stage.getScene().getRoot().lookupAll(".label").stream()
            .anyMatch(l -> l instanceof Label label && label.getLabelFor() == n && !label.getText().isBlank());
    }

    private static String describe(Node n) {
        String text = n instanceof TextInputControl t ? " prompt=" + t.getPromptText() : "";
        String parent = n.getParent() == null ? "" : " in " + n.getParent().getClass().getSimpleName()
            + (n.getParent().getId() == null ? "" : "#" + n.getParent().getId());
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId())
            + (n instanceof TableView<?> ? " (table)" : "") + text + parent;
    }
}
