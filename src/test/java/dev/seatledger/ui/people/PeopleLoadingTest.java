package dev.seatledger.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.HeldTaskExecutor;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import java.time.Clock;
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

/** While the people are read, the empty list says "Loading people…"; "no match" only once the read has ended. */
@ExtendWith(ApplicationExtension.class)
class PeopleLoadingTest {
    private static TestDatabase db;
    private final HeldTaskExecutor executor = new HeldTaskExecutor();
    private PeopleViewModel vm;

    @BeforeAll
    static void onePerson() {
        db = TestDatabase.create();
        db.services().people().create(PersonDraft.of("Ada Lovelace", "ada@example.com", "Design"));
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        vm = new PeopleViewModel(s.personQuery(), s.people(), executor, Clock.systemDefaultZone());
        TestScenes.show(stage, new PeopleView(vm, id -> { }).root(), 1100, 700);
    }

    @Test
    void theEmptyListSaysItIsLoadingBeforeAndWhileTheReadThenWhatTheSearchFound(FxRobot robot) {
        Label placeholder = robot.lookup("#noMatchLabel").queryAs(Label.class);
        assertThat(placeholder.getText()).as("before the first read").isEqualTo("Loading people…");
        robot.interact(vm::refresh);
        assertThat(placeholder.getText()).isEqualTo("Loading people…");

        executor.release(robot);
        assertThat(robot.lookup("#table").queryAs(TableView.class).getItems()).hasSize(1);

        robot.interact(() -> vm.searchProperty().set("no such person"));
        assertThat(placeholder.getText()).isEqualTo("Loading people…");
        executor.release(robot);
        assertThat(placeholder.getText()).isEqualTo("No people match the current search and filters.");
    }
}
