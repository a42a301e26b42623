package dev.seatledger.ui.utilization;

import dev.seatledger.core.utilization.LicenseUtilization;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The ranking screen's controller. */
public class RankingView {
    private final RankingViewModel vm;

    @FXML private TableView<LicenseUtilization> rankingTable;
    @FXML private TableColumn<LicenseUtilization, String> licenseCol;
    @FXML private TableColumn<LicenseUtilization, LicenseUtilization> fillCol;
    @FXML private TableColumn<LicenseUtilization, String> dormantCol;
    @FXML private TableColumn<LicenseUtilization, String> savingsCol;

    public RankingView(RankingViewModel vm) {
        this.vm = vm;
    }

    public Parent root() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        rankingTable.setItems(vm.rows());
        Columns.bind(licenseCol, LicenseUtilization::displayName);
        Columns.bind(fillCol, u -> u);
        fillCol.setCellFactory(c -> new SeatFillCell());
        Columns.bind(dormantCol, u -> String.valueOf(u.dormant()));
        Columns.bind(savingsCol, vm::savingsText);
    }
}
