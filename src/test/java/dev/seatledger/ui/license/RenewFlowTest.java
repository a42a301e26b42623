package dev.seatledger.ui.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.finance.Decision;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRow;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.TermQuery;
import dev.seatledger.core.license.TermService;
import dev.seatledger.core.renewal.ReviewPackQuery;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.DateField;
import dev.seatledger.ui.common.FxTaskExecutor;
import dev.seatledger.ui.history.HistoryTab;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * The renew flow clicked through on a license page: "Renew…" pre-filled from the renewal review, a missing end refused
 * under its field, the next term saved with its PO, the History and Price history tabs showing it; then "Add seats…"
 * with the prorated cost shown before saving, and the amendment in both tabs.
 */
@ExtendWith(ApplicationExtension.class)
class RenewFlowTest {
    private static TestDatabase db;
    private static long license;
    private FxTaskExecutor executor;
    private LicensesSection section;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.create();
        AppServices s = db.services();
        long product = s.products().create(ProductDraft.of("Jira", "Atlassian", null));
        license = s.licenses().create(LicenseDraft.defaults(product).copy().name("Cloud").seatsTotal(10)
            .costPerSeat(new BigDecimal("120.00")).billingCycle(BillingCycle.ANNUAL).startDate(LocalDate.parse("2025-04-01"))
            .expiryDate(LocalDate.parse("2026-03-31")).renewalDate(LocalDate.parse("2026-04-01"))
            .status(LicenseStatus.PENDING_RENEWAL).build()).id();
        s.renewalReviews().save(license, Decision.RENEW, 12, new BigDecimal("5"), "Two more for the new team");
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        AppServices s = db.services();
        executor = new FxTaskExecutor();
        TermQuery terms = new TermQuery(s.tx(), db.clock());
        section = new LicensesSection(s.licenses(), s.licenseQuery(), s.catalog(), executor, db.fixedClock());
        section.setTermDialogs(new TermDialogs(new TermService(s.tx(), db.clock(), s.operator()), executor, db.clock()));
        section.addPageTab(new PriceHistoryTab(terms, new ReviewPackQuery(s.tx(), db.clock(), terms, s.utilization(),
            s.finance()), () -> "EUR", executor));
        section.addPageTab(new HistoryTab(s.history(), executor));
        TestScenes.show(stage, section.root(), 1280, 900);
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private static TableView<PriceHistoryViewModel.Line> prices(FxRobot robot) {
        return robot.lookup("#priceTable").queryTableView();
    }

    private static List<HistoryRow> history(FxRobot robot) {
        TableView<HistoryRow> t = robot.lookup("#historyTable").queryTableView();
        return List.copyOf(t.getItems());
    }

    @Test
    void renewThenAddSeatsFromTheLicensePage(FxRobot robot) throws Exception {
        robot.interact(() -> section.openLicense(license));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> section.currentPage().viewModel().detailProperty().get() != null
            && prices(robot).getItems().size() == 1);

        robot.clickOn("#renewButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "12".equals(field(robot, "#seatsField").getText()));
        assertThat(field(robot, "#perSeatField").getText()).isEqualTo("126.00");
        DateField end = robot.lookup("#endField").queryAs(DateField.class);
        assertThat(end.getValue()).isEqualTo(LocalDate.parse("2027-03-31"));
        assertThat(robot.lookup("#startField").queryAs(DateField.class).getValue()).isEqualTo(LocalDate.parse("2026-04-01"));

        robot.interact(() -> end.setValue(null));
        robot.clickOn("#saveRenewalButton");
        Label endError = robot.lookup("#endError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, endError::isVisible);
        assertThat(endError.getText()).isEqualTo(Messages.get("term.end.required"));
        assertThat(new TermQuery(db.services().tx(), db.clock()).history(license).terms()).as("nothing saved").hasSize(1);

        robot.interact(() -> end.setValue(LocalDate.parse("2027-03-31")));
        robot.clickOn("#purchaseOrderField").write("PO-2026-17");
        robot.clickOn("#saveRenewalButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveRenewalButton").tryQuery().isEmpty());

        Label notice = robot.lookup(".notice-banner").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice.getText().startsWith("Renewed: term 2"));
        assertThat(notice.getText()).contains(Money.format(new BigDecimal("1512.00"), "EUR"));

        robot.clickOn("Price history");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prices(robot).getItems().size() == 2);
        PriceHistoryViewModel.Line second = prices(robot).getItems().get(1);
        assertThat(second.term()).isEqualTo("2");
        assertThat(second.seats()).isEqualTo("12");
        assertThat(second.perYear()).isEqualTo(Money.format(new BigDecimal("1512.00"), "EUR"));
        assertThat(second.perSeatChange()).isEqualTo("+5.0 %");
        assertThat(second.perYearChange()).isEqualTo("+26.0 %");
        assertThat(second.refs()).startsWith("PO-2026-17");

        robot.clickOn("History");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history(robot).stream()
            .anyMatch(h -> h.action() == HistoryAction.RENEW));
        HistoryRow renewed = history(robot).stream().filter(h -> h.action() == HistoryAction.RENEW).findFirst().orElseThrow();
        assertThat(renewed.summary()).contains("term 2").contains("Two more for the new team");

        robot.clickOn("#addSeatsButton");
        robot.clickOn("#seatsField").write("2");
        Label quote = robot.lookup("#quoteLabel").queryAs(Label.class);
        // 2 × 120.00 × 17 days (15 to 31 March) / 365 days of the current term = 11.18
        String cost = Money.format(new BigDecimal("11.18"), "EUR");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quote.getText().contains(cost));
        assertThat(db.services().licenses().draftOf(license).seatsTotal()).as("the quote saves nothing").isEqualTo(10);
        robot.clickOn("#saveSeatsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#saveSeatsButton").tryQuery().isEmpty());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history(robot).stream()
            .anyMatch(h -> h.action() == HistoryAction.ADD_SEATS));
        assertThat(history(robot).stream().filter(h -> h.action() == HistoryAction.ADD_SEATS).findFirst().orElseThrow()
            .summary()).contains(cost);
        robot.clickOn("Price history");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prices(robot).getItems().size() == 3);
        PriceHistoryViewModel.Line added = prices(robot).getItems().get(1);
        assertThat(added.amendment()).isTrue();
        assertThat(added.seats()).isEqualTo("+2");
        assertThat(added.perYear()).contains(cost);
        assertThat(dev.seatledger.testing.CutTexts.in(robot, prices(robot))).as("the price history at 1280 wide").isEmpty();
        assertThat(db.services().licenses().draftOf(license).seatsTotal()).isEqualTo(12);
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }
}
