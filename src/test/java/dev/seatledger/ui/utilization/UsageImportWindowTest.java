package dev.seatledger.ui.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.usage.UsageImporter;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.Snapshots;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.importing.UsageImportDialog;
import dev.seatledger.ui.importing.UsageImportViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Import usage through the window: Slack's member analytics read in the dialog (its summary, the unknown people),
 * imported, and the dormant seats then showing the seat Slack says is idle with its last use and where it came from.
 */
@ExtendWith(ApplicationExtension.class)
class UsageImportWindowTest {
    private static final Path SLACK = Path.of("src/test/resources/usage/slack-member-analytics.csv");

    private static TestDatabase db;
    private static AppServices s;
    private FxTaskExecutor executor;
    private UtilizationViewModel utilization;
    private Stage stage;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        s = db.services();
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        long license = s.licenses().create(LicenseDraft.defaults(slack).withSeats(10, SeatType.USER)).id();
        for (String[] who : new String[][] {{"Ana Lima", "ana.lima@contoso.com"}, {"Ben Okafor", "ben.okafor@contoso.com"}}) {
            long p = s.people().create(PersonDraft.of(who[0], who[1], "Sales"));
            s.assignments().assign(license, p, AssignmentDraft.EMPTY);
        }
        db.assignSeatsDaysAgo(200);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new FxTaskExecutor();
        utilization = UtilizationTab.show(stage, s, executor);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private List<String> dormantCells(FxRobot robot) {
        return robot.lookup("#dormantTable .table-cell").queryAll().stream()
            .map(n -> ((TableCell<?, ?>) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }

    @Test
    void aSlackExportIsImportedAndTheDormantSeatsShowItsDates(FxRobot robot) throws Exception {
        robot.clickOn("Dormant seats");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dormantCells(robot).contains("Ben Okafor"));
        assertThat(dormantCells(robot)).as("before the import the login proxy judges both seats")
            .contains("Ana Lima", "never · Last sign-in");

        UsageImportViewModel vm = new UsageImportViewModel(new UsageImporter(s.tx(), s.clock(), s.recognition()),
            executor);
        @SuppressWarnings("unchecked")
        Optional<String>[] result = new Optional[1];
        robot.interact(() -> {
            vm.load(SLACK);
            UsageImportDialog dialog = new UsageImportDialog(vm);
            dialog.initOwner(stage);
            dialog.setOnHidden(e -> result[0] = Optional.ofNullable(dialog.getResult()));
            dialog.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.canImportProperty().get());
        String summary = robot.lookup("#usageSummary").queryAs(Label.class).getText();
        assertThat(summary).contains("Slack member analytics", "2 matched", "skipped 1 guests and 1 service accounts");
        assertThat(robot.lookup("#unknownList").queryAs(ListView.class).getItems())
            .contains("nia.never@contoso.com");
        robot.interact(() -> Snapshots.save(robot.lookup("#usageSummary").query().getScene(), "usage-import-dialog"));

        robot.clickOn("#runUsageImportButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> result[0] != null);
        assertThat(result[0]).get().asString().startsWith("Usage imported from Slack member analytics: 2 new");

        robot.interact(utilization::refresh);
        String benLastUse = "Nov 20, 2025 · Slack member analytics";
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dormantCells(robot).contains(benLastUse));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(utilization.dormant().countProperty().get()).as("Ana was active in Slack two days ago")
            .isEqualTo("1 dormant seats match");
        assertThat(utilization.dormant().rows().get(0).holder()).isEqualTo("Ben Okafor");
        robot.interact(() -> Snapshots.save(robot.lookup("#dormantTable").query().getScene(), "usage-dormant-source"));
    }
}
