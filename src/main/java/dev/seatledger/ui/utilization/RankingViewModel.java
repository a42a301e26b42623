package dev.seatledger.ui.utilization;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.utilization.LicenseUtilization;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The ranking screen: licenses by seat fill, with their dormant seats and what reclaiming them saves. */
public class RankingViewModel {
    private final ObservableList<LicenseUtilization> rows = FXCollections.observableArrayList();

    void show(java.util.List<LicenseUtilization> ranking) {
        rows.setAll(ranking);
    }

    /** The savings column: nothing without dormant seats, "no yearly cost", or the yearly amount. */
    public String savingsText(LicenseUtilization u) {
        return u.dormant() == 0 ? "" : u.savesNothing() ? Messages.get("util.cost.none") : Money.format(u.savings(), u.currency());
    }

    public ObservableList<LicenseUtilization> rows() { return rows; }
}
