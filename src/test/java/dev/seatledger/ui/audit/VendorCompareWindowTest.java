package dev.seatledger.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.audit.VendorAudit;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.Snapshots;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.license.LicensePage;
import dev.seatledger.ui.license.LicensePageViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
 * An audit compared with Slack's member analytics and completed through the window: the three lists and the proposed
 * count shown, a seat revoked and one assigned as chosen, and the history entry recording the count, the three sizes
 * and both actions.
 */
@ExtendWith(ApplicationExtension.class)
class VendorCompareWindowTest {
    private static final Path SLACK = Path.of("src/test/resources/usage/slack-member-analytics.csv");

    private static TestDatabase db;
    private static AppServices s;
    private static long license;
    private static long ben;
    private FxTaskExecutor executor;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        s = db.services();
        long slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        license = s.licenses().create(LicenseDraft.defaults(slack).withSeats(10, SeatType.USER)).id();
        for (String[] who : new String[][] {{"Ana Lima", "ana.lima@contoso.com"}, {"Cleo Park", "cleo@contoso.com"}}) {
            s.assignments().assign(license, s.people().create(PersonDraft.of(who[0], who[1], "Sales")),
                AssignmentDraft.EMPTY);
        }
        ben = s.people().create(PersonDraft.of("Ben Okafor", "ben.okafor@contoso.com", "Sales"));
        s.audits().start(license);
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        AuditsTab audits = new AuditsTab(s.audits(), new VendorAudit(s.tx(), s.audits(), s.assignments()), executor,
            owner -> SLACK);
        LicensePage page = new LicensePage(new LicensePageViewModel(s.licenses(), s.catalog(), executor,
            db.fixedClock(), license), () -> { }, () -> { }, List.of(audits));
        TestScenes.show(stage, page.root(), 1100, 760);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<?> items(FxRobot robot, String table) {
        return robot.lookup(table).queryAs(TableView.class).getItems();
    }

    @Test
    void anAuditComparedWithTheVendorsListIsCompletedWithItsCount(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup(".related-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup("#compareVendorButton").queryButton().isVisible());

        robot.clickOn("#compareVendorButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#withAccountTable").tryQuery().isPresent()
            && items(robot, "#withAccountTable").size() == 1);
        assertThat(robot.lookup("#withAccountTitle").queryAs(Label.class).getText())
            .isEqualTo("Holders with an account: 1");
        assertThat(items(robot, "#withoutAccountTable")).hasSize(1);
        assertThat(robot.lookup("#unrecordedTitle").queryAs(Label.class).getText())
            .startsWith("Accounts without a seat here").endsWith(": 2");
        assertThat(robot.lookup("#proposalLabel").queryAs(Label.class).getText())
            .as("Ana, Ben, Nia and the billable guest").startsWith("Proposed seat count (the vendor's billable accounts): 4");

        robot.interact(() -> Snapshots.save(robot.lookup("#proposalLabel").query().getScene(), "vendor-compare-dialog"));
        robot.clickOn("#revoke-0");
        robot.clickOn("#assign-0");
        TextArea notes = robot.lookup("#notesField").queryAs(TextArea.class);
        robot.interact(() -> notes.setText("Checked against Slack"));
        robot.clickOn("#completeVendorAuditButton");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> s.seats().summary(license).recordedUsed() == 4);
        List<HistoryRow> history = s.history().of(SubjectType.LICENSE, license, 20);
        assertThat(history).filteredOn(h -> h.action() == HistoryAction.AUDIT_COMPLETE).singleElement()
            .extracting(HistoryRow::summary).asString()
            .contains("2 → 4", "Slack member analytics", "1 holders with an account", "1 without one",
                "2 accounts without a seat here", "revoked cleo@contoso.com", "assigned ben.okafor@contoso.com");
        assertThat(s.seats().seatsOf(ben)).singleElement().matches(r -> r.active());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> robot.lookup("#startAuditButton").queryButton().isVisible());
        assertThat(s.audits().history(license).get(0).notes()).isEqualTo("Checked against Slack");
    }
}
