package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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

/** Select dormant seats in the Utilization tab, reclaim them through the confirmation, and see them freed. */
@ExtendWith(ApplicationExtension.class)
class BulkReclaimDialogTest {
    private static TestDatabase db;
    private static AppServices s;
    private static long license;
    private FxTaskExecutor executor;
    private UtilizationViewModel vm;

    /** Five seats assigned 200 days ago to people who never signed in: all dormant by the login proxy. */
    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        s = db.services();
        s.notifications().registerOperator();
        long product = s.products().create(ProductDraft.of("Zoom", "Zoom Video Communications", null));
        license = s.licenses().create(LicenseDraft.defaults(product).withName("Pro")
            .withSeats(10, SeatType.USER).withCost(new BigDecimal("10"), null).withCycle(BillingCycle.MONTHLY)).id();
        for (String who : new String[] {"Ana", "Ben", "Chloé", "Dev", "Eli"}) {
            long p = s.people().create(PersonDraft.of(who, who.toLowerCase() + "@example.com", "Sales"));
            s.assignments().assign(license, p, AssignmentDraft.EMPTY);
        }
        db.assignSeatsDaysAgo(200);
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        vm = UtilizationTab.show(stage, s, executor);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#dormantTable .table-row-cell").queryAll().stream()
            .filter(n -> n.isVisible() && ((TableRow<?>) n).getIndex() == index).findFirst().orElseThrow();
    }

    @Test
    void inANarrowWindowTheHeadlineWrapsAndTheControlsBesideItStayWhole(FxRobot robot) throws Exception {
        Label savings = robot.lookup("#savingsTotal").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> savings.getText().startsWith("Potential savings"));

        robot.interact(() -> savings.getScene().getWindow().setWidth(640));
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : new String[] {"#savingsTotal", "#dormancyWindow", "#importTelemetryButton"}) {
            Labeled shown = robot.lookup(id).queryAs(Labeled.class);
            assertThat(((Text) shown.lookup(".text")).getText()).as(id).isEqualTo(shown.getText());
        }
        assertThat(savings.getHeight()).as("wrapped onto a second line").isGreaterThan(savings.getFont().getSize() * 2);
    }

    @Test
    void selectedDormantSeatsAreReclaimedAfterTheConfirmation(FxRobot robot) throws Exception {
        robot.clickOn("Dormant seats");
        TableView<DormantSeat> table = robot.lookup("#dormantTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 5 && vm.dormant().rows().isLoaded(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dormantCount").queryAs(Label.class).getText()).isEqualTo("5 dormant seats match");

        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.SHIFT).clickOn(row(robot, 2)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        List<Long> chosen = table.getSelectionModel().getSelectedItems().stream().map(DormantSeat::assignmentId).toList();
        assertThat(chosen).hasSize(3);

        robot.clickOn("#reclaimButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).startsWith("Reclaim 3 seats worth").contains("360");
        robot.clickOn(dialog.lookupButton(ButtonType.OK));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".notice-banner").queryAs(Label.class).getText())
            .startsWith("3 seats reclaimed; holders have a message in the outbox.");
        assertThat(robot.lookup("#dormantCount").queryAs(Label.class).getText()).isEqualTo("2 dormant seats match");
        long stillActive = s.tx().read(session -> ((Number) session.createNativeQuery(
                "select count(*) from assignment where revoked_at is null and id in (:ids)", Object.class)
            .setParameterList("ids", chosen).getSingleResult()).longValue());
        assertThat(stillActive).isZero();
        assertThat(s.seats().summary(license).recordedUsed()).isEqualTo(2);
        long messages = s.tx().read(session -> ((Number) session.createNativeQuery(
            "select count(*) from outbox_message where kind = 'RECLAIM'", Object.class).getSingleResult()).longValue());
        assertThat(messages).isEqualTo(3);
    }
}
