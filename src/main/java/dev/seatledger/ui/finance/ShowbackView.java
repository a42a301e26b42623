package dev.seatledger.ui.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.compliance.ShowbackGrouping;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.shell.ViewExport;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.ListScreen;
import dev.seatledger.ui.common.Notices;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;

/** The spend dashboard's showback: a card with the top groups and the unallocated share, and the table of all. */
public class ShowbackView {
    private final ShowbackViewModel vm;
    private Parent root;

    @FXML private ToggleButton byDepartment;
    @FXML private ToggleButton byCostCentre;
    @FXML private Label noticeLabel;
    @FXML private Label cardTitle;
    @FXML private Label topLabel;
    @FXML private Label unallocatedLabel;
    @FXML private Label totalLabel;
    @FXML private Label emptyLabel;
    @FXML private TableView<ShowbackViewModel.Line> showbackTable;
    @FXML private TableColumn<ShowbackViewModel.Line, String> groupCol;
    @FXML private TableColumn<ShowbackViewModel.Line, String> seatsCol;
    @FXML private TableColumn<ShowbackViewModel.Line, String> costCol;
    @FXML private TableColumn<ShowbackViewModel.Line, String> shareCol;

    public ShowbackView(ShowbackViewModel vm) {
        this.vm = vm;
    }

    public Parent root() {
        if (root == null) {
            root = Fxml.load(this);
        }
        return root;
    }

    @FXML
    private void initialize() {
        showbackTable.setItems(vm.lines());
        ListScreen.placeholder(emptyLabel, vm.loadingProperty(), Messages.get("finance.kpi.reading"),
            Messages.get("finance.noSpend"));
        Columns.bind(groupCol, ShowbackViewModel.Line::name);
        Columns.bind(seatsCol, l -> Labels.count(l.seats()));
        Columns.bind(costCol, l -> vm.money(l.yearlyCost()));
        Columns.bind(shareCol, ShowbackViewModel.Line::share);
        showbackTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ShowbackViewModel.Line l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().remove("showback-unallocated");
                if (!empty && l != null && l.unallocated()) {
                    getStyleClass().add("showback-unallocated");
                }
            }
        });
        byDepartment.setOnAction(e -> group(ShowbackGrouping.DEPARTMENT));
        byCostCentre.setOnAction(e -> group(ShowbackGrouping.COST_CENTRE));
        title(vm.groupingProperty().get());
        vm.groupingProperty().addListener((o, a, by) -> title(by));
        topLabel.textProperty().bind(vm.topProperty());
        unallocatedLabel.textProperty().bind(vm.unallocatedProperty());
        totalLabel.textProperty().bind(vm.totalProperty());
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());
    }

    /** A toggle pressed again stays on: one grouping is always chosen. */
    private void group(ShowbackGrouping by) {
        byDepartment.setSelected(by == ShowbackGrouping.DEPARTMENT);
        byCostCentre.setSelected(by == ShowbackGrouping.COST_CENTRE);
        vm.groupingProperty().set(by);
    }

    private void title(ShowbackGrouping by) {
        cardTitle.setText(Messages.get(by == ShowbackGrouping.COST_CENTRE ? "positions.showback.topCostCentres"
            : "positions.showback.topDepartments"));
        groupCol.setText(Messages.get(by == ShowbackGrouping.COST_CENTRE ? "positions.showback.byCostCentre"
            : "positions.showback.byDepartment"));
    }

    @FXML
    private void onCsv() {
        SaveAs.then(root, csvExport());
    }

    /** The showback as shown (the current grouping), as its CSV button writes it. */
    ViewExport csvExport() {
        return ViewExport.csv(vm.groupingProperty().get() == ShowbackGrouping.COST_CENTRE
            ? "showback-cost-centres.csv" : "showback-departments.csv", vm::exportCsv);
    }
}
