package dev.seatledger.ui.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.finance.AgendaRow;
import dev.seatledger.core.finance.Decision;
import dev.seatledger.core.finance.FinanceQuery;
import dev.seatledger.testing.SampleDatabase;
import dev.seatledger.testing.TestScenes;
import dev.seatledger.ui.common.FxTaskExecutor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RenewalsViewTest {
    @RegisterExtension
    static final SampleDatabase SAMPLE = new SampleDatabase();
    private FxTaskExecutor executor;
    private RenewalsSection section;
    private final AtomicLong opened = new AtomicLong(-1);
    private Stage stage;
    private static final double SPARE = 1.1;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppServices s = SAMPLE.db().services();
        executor = new FxTaskExecutor();
        section = new RenewalsSection(s.finance(), s.renewalReviews(), s.exchangeRates(), s.financeExports(), executor,
            new MapPreferences(), opened::set);
        TestScenes.show(stage, (javafx.scene.Parent) section.root(), 1280, 860);
        section.refresh();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void dashboardRendersItsChartsAndTablesWithSampleData(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> section.dashboardViewModel().dashboardProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var dashboard = section.dashboardViewModel().dashboardProperty().get();

        BarChart<?, ?> forecast = robot.lookup("#forecastChart").queryAs(BarChart.class);
        assertThat(forecast.getData()).singleElement()
            .satisfies(series -> assertThat(series.getData()).hasSize(FinanceQuery.FORECAST_MONTHS));
        assertThat(forecast.getData().get(0).getData()).allSatisfy(d -> assertThat(d.getNode()).isNotNull());

        PieChart categories = robot.lookup("#categoryChart").queryAs(PieChart.class);
        assertThat(dashboard.byCategory()).as("sample data has more categories than the palette has colours")
            .hasSizeGreaterThan(8);
        assertThat(categories.getData()).hasSize(8).allSatisfy(d -> assertThat(d.getNode()).isNotNull());
        assertThat(categories.getData().get(7).getName()).startsWith("Others");
        double othersAmount = dashboard.byCategory().stream().skip(7).mapToDouble(s -> s.amount().doubleValue()).sum();
        assertThat(categories.getData().get(7).getPieValue()).isCloseTo(othersAmount, org.assertj.core.data.Offset.offset(0.01));
        assertThat(categories.getData().stream().map(d -> d.getNode().getStyleClass().stream()
            .filter(c -> c.startsWith("default-color")).findFirst().orElse("")).distinct().count())
            .as("every slice has its own colour").isEqualTo(8);
        assertThat(categories.getPseudoClassStates()).as("slices keep their borders between them")
            .noneMatch(c -> c.getPseudoClassName().equals("one-slice"));

        BarChart<?, ?> publishers = robot.lookup("#publisherChart").queryAs(BarChart.class);
        assertThat(publishers.getData().get(0).getData()).isNotEmpty();

        TableView<?> owners = robot.lookup("#ownerTable").queryAs(TableView.class);
        assertThat(owners.getItems()).hasSize(dashboard.byOwner().size()).isNotEmpty();
        TableView<?> largest = robot.lookup("#largestTable").queryAs(TableView.class);
        assertThat(largest.getItems()).isNotEmpty();

        String runRate = robot.lookup("#runRateValue").queryAs(Label.class).getText();
        assertThat(runRate).isEqualTo(dev.seatledger.core.common.Money.format(dashboard.runRate(), "EUR"));
        assertThat(dashboard.runRate().signum()).isPositive();
        assertThat(robot.lookup("#missingRates").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#savingsValue").queryAs(Label.class).getText())
            .as("potential savings come from the dormant seats of the sample data").startsWith("€").isNotEqualTo("€0.00");
    }

    private static TreeTableView<AgendaView.Entry> table(FxRobot robot) {
        return robot.lookup("#agendaTable").queryAs(TreeTableView.class);
    }

    private static List<AgendaRow> shownRows(FxRobot robot) {
        TreeItem<AgendaView.Entry> root = table(robot).getRoot();
        if (root == null) {
            return List.of();
        }
        return root.getChildren().stream().flatMap(g -> g.getChildren().stream()).map(i -> i.getValue().row()).toList();
    }

    @Test
    void settingADecisionFiltersTheAgenda(FxRobot robot) throws Exception {
        robot.clickOn("Agenda");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !shownRows(robot).isEmpty());
        AgendaRow target = shownRows(robot).stream()
            .filter(r -> r.decision() == null).findFirst().orElseThrow();
        int before = shownRows(robot).size();

        robot.clickOn("#decision-RENEGOTIATE");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownRows(robot).stream()
            .allMatch(r -> r.decision() == Decision.RENEGOTIATE) && shownRows(robot).size() < before);
        assertThat(shownRows(robot)).extracting(AgendaRow::licenseId).doesNotContain(target.licenseId());

        robot.clickOn("#decision-ALL");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownRows(robot).size() == before);
        TreeTableView<AgendaView.Entry> t = table(robot);
        robot.interact(() -> {
            TreeItem<AgendaView.Entry> item = t.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .filter(i -> i.getValue().row().licenseId() == target.licenseId() && i.getValue().row().kind() == target.kind()).findFirst().orElseThrow();
            t.getSelectionModel().select(item);
            t.scrollTo(t.getRow(item));
        });
        ComboBox<Decision> box = robot.lookup("#decisionBox").queryComboBox();
        robot.interact(() -> box.setValue(Decision.RENEGOTIATE));
        robot.clickOn("#targetSeatsField").eraseText(4).write("12");
        robot.clickOn("#reviewNotes").write("Ask for a multi-year discount");
        robot.clickOn("#saveReview");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shownRows(robot).stream()
            .anyMatch(r -> r.licenseId() == target.licenseId() && r.decision() == Decision.RENEGOTIATE));

        robot.clickOn("#decision-RENEGOTIATE");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownRows(robot).stream()
            .anyMatch(r -> r.licenseId() == target.licenseId())
            && shownRows(robot).stream().allMatch(r -> r.decision() == Decision.RENEGOTIATE));
        assertThat(shownRows(robot)).allSatisfy(r -> assertThat(r.decision()).isEqualTo(Decision.RENEGOTIATE));
        AgendaRow saved = shownRows(robot).stream().filter(r -> r.licenseId() == target.licenseId()).findFirst().orElseThrow();
        assertThat(saved.targetSeats()).isEqualTo(12);
        assertThat(saved.notes()).isEqualTo("Ask for a multi-year discount");

        robot.clickOn("#decision-UNDECIDED");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shownRows(robot).isEmpty()
            && shownRows(robot).stream().allMatch(r -> r.decision() == null));
        assertThat(shownRows(robot)).extracting(AgendaRow::licenseId).doesNotContain(target.licenseId());
    }

    @Test
    void agendaAt1440PixelsShowsEveryHeaderAndValueWholeAndLongNamesInATooltip(FxRobot robot) throws Exception {
        // license names and owners are free text: a tooltip shows them whole; every other header and value must fit
        // with 10 % to spare, as the desktop font is wider than the headless test font
        robot.interact(() -> stage.setWidth(1440));
        robot.clickOn("Agenda");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shownRows(robot).isEmpty());
        robot.clickOn("#decision-ALL");
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<AgendaView.Entry> t = table(robot);

        List<Label> headers = t.lookupAll(".column-header .label").stream()
            .filter(n -> n instanceof Label l && !l.getText().isEmpty()).map(n -> (Label) n).toList();
        assertThat(headers).hasSize(t.getColumns().size());
        assertThat(headers).allSatisfy(h -> assertThat(h.getWidth()).as(h.getText())
            .isGreaterThanOrEqualTo(h.prefWidth(-1) * SPARE));

        List<javafx.scene.control.TreeTableCell<?, ?>> cells = t.lookupAll(".tree-table-cell").stream()
            .<javafx.scene.control.TreeTableCell<?, ?>>map(n -> (javafx.scene.control.TreeTableCell<?, ?>) n)
            .filter(c -> c.getText() != null && !c.getText().isEmpty() && c.isVisible()).toList();
        assertThat(cells).anyMatch(c -> c.getText().equals("Renegotiate"));
        for (var c : cells) {
            boolean freeText = c.getTableColumn() == t.getColumns().get(0) || c.getTableColumn() == t.getColumns().get(3);
            if (freeText) {
                assertThat(c.getTooltip()).as("license or owner cell %s", c.getText()).isNotNull()
                    .satisfies(tip -> assertThat(tip.getText()).isEqualTo(c.getText()));
                continue;
            }
            javafx.scene.text.Text text = new javafx.scene.text.Text(c.getText());
            text.setFont(c.getFont());
            double needed = text.getLayoutBounds().getWidth() + c.snappedLeftInset() + c.snappedRightInset();
            assertThat(c.getWidth()).as("%s in %s", c.getText(), c.getTableColumn().getText())
                .isGreaterThanOrEqualTo(needed * SPARE);
        }
    }
}
