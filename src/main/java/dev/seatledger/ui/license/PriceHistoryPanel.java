package dev.seatledger.ui.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.license.PriceHistory;
import dev.seatledger.core.license.TermLine;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.ListScreen;
import dev.seatledger.ui.license.PriceHistoryViewModel.Line;
import dev.seatledger.ui.common.Notices;
import dev.seatledger.ui.finance.SaveAs;
import java.io.File;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The Price history tab: the terms and their amendments in a table, and each term's cost per year as a bar. */
public class PriceHistoryPanel {
    private final PriceHistoryViewModel vm;
    private final Parent root;

    @FXML private TableView<Line> priceTable;
    @FXML private TableColumn<Line, String> termCol;
    @FXML private TableColumn<Line, String> fromCol;
    @FXML private TableColumn<Line, String> toCol;
    @FXML private TableColumn<Line, String> seatsCol;
    @FXML private TableColumn<Line, String> perSeatCol;
    @FXML private TableColumn<Line, String> perYearCol;
    @FXML private TableColumn<Line, String> perSeatYearCol;
    @FXML private TableColumn<Line, String> refsCol;
    @FXML private BarChart<String, Number> yearlyChart;
    @FXML private Label emptyLabel;
    @FXML private Label noticeLabel;
    @FXML private Button packButton;
    @FXML private Button packCancel;
    @FXML private ProgressBar packProgress;

    public PriceHistoryPanel(PriceHistoryViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        priceTable.setItems(vm.lines());
        ListScreen.placeholder(emptyLabel, vm.loadingProperty(), Messages.get("termui.history.reading"),
            Messages.get("termui.history.empty"));
        Columns.bind(termCol, Line::term);
        Columns.bind(fromCol, Line::from);
        Columns.bind(toCol, Line::to);
        Columns.bind(seatsCol, Line::seats);
        Columns.bind(perSeatCol, l -> PriceHistoryViewModel.withChange(l.perSeat(), l.perSeatChange()));
        Columns.bind(perYearCol, l -> PriceHistoryViewModel.withChange(l.perYear(), l.perYearChange()));
        Columns.bind(perSeatYearCol, Line::perSeatYear);
        Columns.bind(refsCol, Line::refs);
        priceTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("price-amendment", "price-current");
                if (!empty && line != null && (line.amendment() || line.current())) {
                    getStyleClass().add(line.amendment() ? "price-amendment" : "price-current");
                }
            }
        });
        vm.historyProperty().addListener((o, a, h) -> chart(h));
        Notices.bind(noticeLabel, new SimpleStringProperty(""), vm.errorProperty());
        vm.export().bind(packProgress, packCancel, noticeLabel);
        packButton.disableProperty().bind(vm.export().runningProperty());
    }

    @FXML
    private void onPack() {
        File f = SaveAs.choose(root, vm.packFileName(), "PDF", "*.pdf");
        if (f != null) {
            vm.exportPack(f.toPath());
        }
    }

    private void chart(PriceHistory h) {
        XYChart.Series<String, Number> yearly = new XYChart.Series<>();
        for (TermLine t : h.terms()) {
            if (t.annualCost() != null) {
                yearly.getData().add(new XYChart.Data<>(Messages.get("termui.history.termBar", t.termNo()), t.annualCost()));
            }
        }
        yearlyChart.getData().setAll(List.of(yearly));
        for (int i = 0; i < yearly.getData().size(); i++) {
            XYChart.Data<String, Number> bar = yearly.getData().get(i);
            TermLine t = h.terms().stream().filter(x -> x.annualCost() != null).toList().get(i);
            if (bar.getNode() != null) {
                Tooltip.install(bar.getNode(), new Tooltip(bar.getXValue() + ": " + Money.format(t.annualCost(), t.currency())));
            }
        }
    }
}
