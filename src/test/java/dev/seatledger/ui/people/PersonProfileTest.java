package dev.seatledger.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.SeatQuery;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** A person's page: their name, seats and cost, the history below, Back, and Offboard after a confirmation. */
@ExtendWith(ApplicationExtension.class)
class PersonProfileTest {
    private static TestDatabase db;
    private static long person;
    private FxTaskExecutor executor;
    private final List<String> backs = new ArrayList<>();

    /** Opened before the window, so the toolkit's set-up time limit covers only the window. */
    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        AppServices s = db.services();
        long product = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        long lic = s.licenses().create(LicenseDraft.defaults(product).withSeats(10, SeatType.USER)
            .withCost(new BigDecimal("8"), null).withCycle(BillingCycle.MONTHLY)).id();
        person = s.people().create(PersonDraft.of("Soon Person", "soon@example.com", null));
        s.assignments().assign(lic, person, AssignmentDraft.EMPTY);
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        PersonProfileViewModel vm = new PersonProfileViewModel(s.personQuery(), s.people(), s.seats(), s.assignments(),
            executor, person);
        PersonProfile page = new PersonProfile(vm, () -> backs.add("back"), new Label("the history"));
        TestScenes.show(stage, new VBox(page.root()), 1000, 800);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SeatQuery.PersonSeatRow> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void showsThePersonAndOffboardsAfterAskingThenGoesBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot, "#currentSeats").getItems().size() == 1);
        assertThat(robot.lookup("Soon Person").tryQuery()).isPresent();
        assertThat(robot.lookup("Seats cost €96.00 per year").tryQuery()).isPresent();
        assertThat(robot.lookup("the history").tryQuery()).isPresent();
        assertThat(table(robot, "#pastSeats").getItems()).isEmpty();

        robot.clickOn("#offboardButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("OK").tryQuery().isPresent());
        robot.clickOn("OK");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot, "#pastSeats").getItems().size() == 1);
        assertThat(table(robot, "#currentSeats").getItems()).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup("#offboardButton").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("Soon Person offboarded: 1 seats freed (Slack)").tryQuery()).isPresent();

        robot.clickOn("#backLink");
        assertThat(backs).containsExactly("back");
    }
}
