package dev.seatledger.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.core.compliance.Showback;
import dev.seatledger.core.compliance.ShowbackGrouping;
import dev.seatledger.core.compliance.ShowbackQuery;
import dev.seatledger.core.license.TermQuery;
import dev.seatledger.core.renewal.ReviewPackQuery;
import dev.seatledger.services.AppServices;
import dev.seatledger.testing.SampleDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The spend dashboard's showback on the sample data: the table's lines (departments, then cost centres, and the
 * unallocated share) add up to the dashboard's run-rate; its CSV; and the review pack of the next 90 days from the agenda.
 */
@ExtendWith(ApplicationExtension.class)
class ShowbackAndPackTest {
    @RegisterExtension
    static final SampleDatabase SAMPLE = new SampleDatabase();
    private FxTaskExecutor executor;
    private RenewalsSection section;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        AppServices s = SAMPLE.db().services();
        executor = new FxTaskExecutor();
        TermQuery terms = new TermQuery(s.tx(), s.clock());
        section = new RenewalsSection(s.finance(), s.renewalReviews(), s.exchangeRates(), s.financeExports(), executor,
            new MapPreferences(), id -> { }, new RenewalTools(new ShowbackQuery(s.tx(), s.finance()::rates),
                new ReviewPackQuery(s.tx(), s.clock(), terms, s.utilization(), s.finance()), null));
        TestScenes.show(stage, (javafx.scene.Parent) section.root(), 1440, 900);
        section.refresh();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private static BigDecimal tableSum(TableView<ShowbackViewModel.Line> table) {
        return table.getItems().stream().map(ShowbackViewModel.Line::yearlyCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theShowbackTableSumsToTheRunRateByDepartmentAndByCostCentre(FxRobot robot) throws Exception {
        ShowbackViewModel vm = section.showbackViewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.showbackProperty().get() != null
            && section.dashboardViewModel().dashboardProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        BigDecimal runRate = section.dashboardViewModel().dashboardProperty().get().runRate();
        TableView<ShowbackViewModel.Line> table = robot.lookup("#showbackTable").queryTableView();

        assertThat(table.getItems()).hasSizeGreaterThan(2);
        assertThat(table.getItems().get(table.getItems().size() - 1).unallocated()).isTrue();
        assertThat(tableSum(table)).isEqualByComparingTo(runRate);
        assertThat(vm.showbackProperty().get().runRate()).isEqualByComparingTo(runRate);
        Showback.ShowbackLine top = vm.showbackProperty().get().lines().get(0);
        assertThat(robot.lookup("#topLabel").queryAs(Label.class).getText())
            .startsWith(ShowbackViewModel.name(ShowbackGrouping.DEPARTMENT, top.name()) + ": ");

        robot.clickOn("#byCostCentre");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.showbackProperty().get().grouping()
            == ShowbackGrouping.COST_CENTRE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableSum(table)).isEqualByComparingTo(runRate);
        assertThat(table.getColumns().get(0).getText()).isEqualTo("Cost centre");

        Path csv = folder.resolve("showback.csv");
        robot.interact(() -> vm.exportCsv(csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv) && Files.size(csv) > 0
            && Files.readAllLines(csv).stream().anyMatch(l -> l.startsWith("runRate,")));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("section,costCentre,seats,yearlyCost,currency,rate");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("unallocated,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo("runRate,,," + runRate.toPlainString() + ",EUR,"));
    }

    @Test
    void theReviewPackOfTheNext90DaysIsWrittenWithProgress(FxRobot robot) throws Exception {
        AgendaActions actions = section.agendaActions();
        assertThat(actions.canRenew()).isFalse();
        Path pdf = folder.resolve("pack.pdf");
        robot.clickOn("Agenda");
        assertThat(robot.lookup("#packButton").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#renewButton").queryButton().isVisible()).as("no renew action given").isFalse();
        robot.interact(() -> actions.exportPack(pdf));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !actions.export().runningProperty().get());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> agendaNotice(robot).contains("pack.pdf"));
        assertThat(agendaNotice(robot)).containsPattern("\\d+ licenses in the review pack");
    }

    private static String agendaNotice(FxRobot robot) {
        return robot.lookup("#noticeLabel").queryAllAs(Label.class).stream().map(Label::getText)
            .filter(t -> t != null && t.contains("review pack")).findFirst().orElse("");
    }
}
