package dev.seatledger.ui.finance;

import dev.seatledger.ui.common.Columns;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.finance.AgendaRow;
import dev.seatledger.core.finance.MonthAmount;
import dev.seatledger.core.finance.Slice;
import dev.seatledger.core.finance.SpendDashboard;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The spend dashboard: run-rate, 12-month forecast, spend by category, publisher and owner, big renewals. */
public class SpendDashboardView {
    /** The publisher chart shows the largest ones; the rest are summed as "Others". */
    static final int PUBLISHER_BARS = 8;
    /** The chart's palette has eight colours: beyond eight categories the smallest ones share an "Others" slice. */
    static final int PIE_SLICES = 8;

    static List<Slice> pieSlices(List<Slice> byAmount) {
        if (byAmount.size() <= PIE_SLICES) {
            return byAmount;
        }
        List<Slice> out = new java.util.ArrayList<>(byAmount.subList(0, PIE_SLICES - 1));
        BigDecimal rest = byAmount.stream().skip(PIE_SLICES - 1).map(Slice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.add(new Slice(Messages.get("finance.others"), rest));
        return out;
    }

    private final SpendDashboardViewModel vm;
    private final LongConsumer openLicense;
    private Parent root;

    @FXML private Label runRateLabel;
    @FXML private Label runRateNote;
    @FXML private Label forecastLabel;
    @FXML private Label renewalsLabel;
    @FXML private Label renewalsNote;
    @FXML private Label savingsLabel;
    @FXML private Label savingsNote;
    @FXML private Label missingLabel;
    @FXML private Label errorLabel;
    @FXML private BarChart<String, Number> forecastChart;
    /** A pie of one slice draws no slice border: its two edges would meet in a line from the centre. */
    private static final javafx.css.PseudoClass ONE_SLICE = javafx.css.PseudoClass.getPseudoClass("one-slice");
    @FXML private PieChart categoryChart;
    @FXML private BarChart<Number, String> publisherChart;
    @FXML private TableView<Slice> ownerTable;
    @FXML private TableColumn<Slice, String> ownerNameCol;
    @FXML private TableColumn<Slice, String> ownerAmountCol;
    @FXML private TableColumn<Slice, String> ownerShareCol;
    @FXML private TableView<AgendaRow> largestTable;
    @FXML private TableColumn<AgendaRow, String> largestDateCol;
    @FXML private TableColumn<AgendaRow, AgendaRow> largestLicenseCol;
    @FXML private TableColumn<AgendaRow, String> largestCostCol;
    @FXML private VBox showbackSlot;

    public SpendDashboardView(SpendDashboardViewModel vm, LongConsumer openLicense) {
        this.vm = vm;
        this.openLicense = openLicense;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    /** Puts the showback section (card and table) at the foot of the dashboard. */
    public void setShowback(Node showback) {
        root();
        showbackSlot.getChildren().setAll(showback);
        showbackSlot.setVisible(true);
        showbackSlot.setManaged(true);
    }

    @FXML
    private void initialize() {
        forecastChart.setId("forecastChart");
        categoryChart.setId("categoryChart");
        publisherChart.setId("publisherChart");
        ownerTable.setId("ownerTable");
        largestTable.setId("largestTable");
        runRateLabel.setId("runRateValue");
        savingsLabel.setId("savingsValue");
        missingLabel.setId("missingRates");
        Columns.bind(ownerNameCol, r -> r.name());
        Columns.bind(ownerAmountCol, r -> vm.money(r.amount()));
        Columns.bind(ownerShareCol, r -> share(r.amount()));
        Columns.bind(largestDateCol, r -> Labels.date(r.date()));
        Columns.bind(largestLicenseCol, r -> r);
        largestLicenseCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AgendaRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Hyperlink link = new Hyperlink(r.displayName());
                link.setOnAction(e -> openLicense.accept(r.licenseId()));
                setGraphic(link);
            }
        });
        Columns.bind(largestCostCol, r -> vm.money(r.costBase()));
        missingLabel.textProperty().bind(vm.missingWarningProperty());
        missingLabel.visibleProperty().bind(vm.missingWarningProperty().isNotEmpty());
        missingLabel.managedProperty().bind(missingLabel.visibleProperty());
        vm.errorProperty().addListener((o, a, text) -> {
            boolean show = text != null && !text.isEmpty();
            errorLabel.setText(show ? text : "");
            errorLabel.getStyleClass().add("error-banner");
            errorLabel.setVisible(show);
            errorLabel.setManaged(show);
        });
        vm.dashboardProperty().addListener((o, a, d) -> show(d));
        vm.loadingProperty().addListener((o, was, now) -> showLoading());
        showLoading();
    }

    /** Until the first figures arrive, the cards say they are being read rather than stand empty. */
    private void showLoading() {
        if (vm.loadingProperty().get() && vm.dashboardProperty().get() == null) {
            String reading = Messages.get("finance.kpi.reading");
            for (Label value : List.of(runRateLabel, forecastLabel, renewalsLabel, savingsLabel)) {
                value.setText(reading);
            }
        }
    }

    private String share(BigDecimal amount) {
        SpendDashboard d = vm.dashboardProperty().get();
        if (d == null || d.runRate().signum() == 0) {
            return "";
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(d.runRate(), 0, RoundingMode.HALF_UP) + " %";
    }

    private void show(SpendDashboard d) {
        if (d == null) {
            return;
        }
        runRateLabel.setText(vm.money(d.runRate()));
        runRateNote.setText(Messages.get("finance.kpi.runRate.note", d.licenses()));
        forecastLabel.setText(vm.money(d.forecastTotal()));
        BigDecimal upcoming = d.largestRenewals().stream().map(AgendaRow::costBase)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        renewalsLabel.setText(vm.money(upcoming));
        renewalsNote.setText(Messages.get("finance.kpi.renewals.note", d.largestRenewals().size()));
        if (d.savings() == null) {
            savingsLabel.setText(Messages.get("finance.kpi.savings.none"));
            savingsNote.setText(Messages.get("finance.kpi.savings.noneNote"));
        } else {
            savingsLabel.setText(vm.money(d.savings()));
            savingsNote.setText(Messages.get("finance.kpi.savings.note"));
        }

        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", Locale.getDefault());
        XYChart.Series<String, Number> forecast = new XYChart.Series<>();
        for (MonthAmount m : d.forecast()) {
            forecast.getData().add(new XYChart.Data<>(month.format(m.month()), m.amount()));
        }
        forecastChart.getData().setAll(List.of(forecast));
        forecast.getData().forEach(x -> Tooltip.install(x.getNode(),
            new Tooltip(x.getXValue() + ": " + vm.money((BigDecimal) x.getYValue()))));

        categoryChart.getData().setAll(pieSlices(d.byCategory()).stream()
            .map(s -> new PieChart.Data(s.name() + " · " + share(s.amount()), s.amount().doubleValue()))
            .toList());
        categoryChart.pseudoClassStateChanged(ONE_SLICE, categoryChart.getData().size() == 1);

        XYChart.Series<Number, String> publishers = new XYChart.Series<>();
        List<Slice> top = d.byPublisher().stream().limit(PUBLISHER_BARS).toList();
        BigDecimal others = d.byPublisher().stream().skip(PUBLISHER_BARS).map(Slice::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (others.signum() > 0) {
            publishers.getData().add(new XYChart.Data<>(others, Messages.get("finance.others")));
        }
        for (int i = top.size() - 1; i >= 0; i--) {
            publishers.getData().add(new XYChart.Data<>(top.get(i).amount(), top.get(i).name()));
        }
        publisherChart.getData().setAll(List.of(publishers));
        publishers.getData().forEach(x -> Tooltip.install(x.getNode(),
            new Tooltip(x.getYValue() + ": " + vm.money((BigDecimal) x.getXValue()))));

        ownerTable.getItems().setAll(d.byOwner());
        largestTable.getItems().setAll(d.largestRenewals());
    }
}
