package dev.seatledger.ui.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.HolderFilter;
import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
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

/** Delete on a holder revokes the seat after the confirmation; the toast's Undo gives it back as it was. */
@ExtendWith(ApplicationExtension.class)
class UndoRevokeTest {
    private static TestDatabase db;
    private static long license;
    private FxTaskExecutor executor;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
        AppServices s = db.services();
        long product = s.products().create(ProductDraft.of("Figma", "Figma", "Design"));
        license = s.licenses().create(LicenseDraft.defaults(product).withSeats(2, SeatType.USER)).id();
        long ana = s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", "Design"));
        s.assignments().assign(license, ana, new AssignmentDraft("Editor", "ana-figma", null));
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        SeatsPanelViewModel vm = new SeatsPanelViewModel(s.assignments(), s.seats(), s.holders(), s.personQuery(),
            executor, license);
        dev.seatledger.testing.TestScenes.show(stage, new SeatsPanel(vm, () -> { }).root(), 1000, 700);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private List<HolderRow> holders() {
        return db.services().holders().page(license, HolderFilter.all(), 0, 10);
    }

    private int seatsUsed() {
        return db.services().licenses().detail(license).seatsUsed();
    }

    @Test
    void undoGivesTheRevokedSeatBackAsItWasAndTheCounterFollows(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<HolderRow> table = robot.lookup("#holdersPreview").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(seatsUsed()).isEqualTo(1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> holders().isEmpty());
        assertThat(seatsUsed()).isZero();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#undoButton").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#undoButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> holders().size() == 1);
        HolderRow back = holders().get(0);
        assertThat(back.name()).isEqualTo("Ana Lima");
        assertThat(back.accessLevel()).isEqualTo("Editor");
        assertThat(back.accountIdentifier()).isEqualTo("ana-figma");
        assertThat(seatsUsed()).isEqualTo(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(robot.lookup("#undoToast").tryQuery()).as("the toast goes once used").isEmpty();
    }
}
