package dev.seatledger.ui.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.HolderRow;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SeatsPanelTest {
    private TestDatabase db;
    private FxTaskExecutor executor;
    private long license;
    private long ana;
    private long ben;
    private long chloe;

    @Start
    void start(Stage stage) {
        db = CompletableFuture.supplyAsync(() -> {
            TestDatabase t = TestDatabase.create();
            AppServices s = t.services();
            long product = s.products().create(ProductDraft.of("Figma", "Figma", "Design"));
            license = s.licenses().create(LicenseDraft.defaults(product).withSeats(2, SeatType.USER)).id();
            ana = s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", "Design"));
            ben = s.people().create(PersonDraft.of("Ben Okafor", "ben@example.com", "Sales"));
            chloe = s.people().create(PersonDraft.of("Chloé Martin", "chloe@example.com", "Design"));
            s.assignments().assign(license, ana, AssignmentDraft.EMPTY);
            return t;
        }).join();
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        SeatsPanelViewModel vm = new SeatsPanelViewModel(s.assignments(), s.seats(), s.holders(), s.personQuery(),
            executor, license);
        dev.seatledger.testing.TestScenes.show(stage, new SeatsPanel(vm, () -> { }).root(), 1000, 700);
    }

    @AfterEach
    void close() {
        executor.close();
        db.close();
    }

    private static String availability(FxRobot robot) {
        return robot.lookup("#seatAvailability").queryAs(Label.class).getText();
    }

    @Test
    void assignThroughTheDialogThenTheButtonDisablesAtZeroFreeSeats(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> availability(robot).equals("1 of 2 available"));
        assertThat(robot.lookup("#assignSeatButton").queryButton().isDisabled()).isFalse();

        robot.clickOn("#assignSeatButton");
        robot.clickOn("#personSearch").write("Ben");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup("#personList").queryAs(ListView.class).getItems().size() == 1);
        robot.clickOn((javafx.scene.Node) robot.lookup("#personList .list-cell").nth(0).query());
        robot.clickOn("#assignButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> availability(robot).equals("0 of 2 available"));
        TableView<HolderRow> holders = robot.lookup("#holdersPreview").queryTableView();
        assertThat(holders.getItems()).extracting(HolderRow::name).containsExactly("Ana Lima", "Ben Okafor");
        assertThat(robot.lookup("#assignSeatButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup(".notice-banner").queryAs(Label.class).getText()).isEqualTo("License seat assigned");
    }

    @Test
    void refusalIsShownWhenTheLastSeatWentToSomeoneElseMeanwhile(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> availability(robot).equals("1 of 2 available"));
        robot.clickOn("#assignSeatButton");
        robot.clickOn("#personSearch").write("Chlo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup("#personList").queryAs(ListView.class).getItems().size() == 1);
        robot.clickOn((javafx.scene.Node) robot.lookup("#personList .list-cell").nth(0).query());

        CompletableFuture.runAsync(() -> db.services().assignments().assign(license, ben, AssignmentDraft.EMPTY)).join();
        robot.clickOn("#assignButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup("#assignRefusal").queryAs(Label.class).getText().equals("No seats remaining on this license"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> availability(robot).equals("0 of 2 available"));
        assertThat(robot.lookup("#assignButton").tryQuery()).isPresent();
    }
}
