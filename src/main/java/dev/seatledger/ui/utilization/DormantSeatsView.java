package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.usage.LastUse;
import dev.seatledger.core.utilization.DormantSeat;
import dev.seatledger.core.utilization.DormantSort;
import dev.seatledger.ui.common.Confirm;
import dev.seatledger.ui.common.ListScreen;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.shell.Shortcuts;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/** The dormant seats screen's controller: filters, the paged table sorted in SQL, and reclaim with a confirmation. */
public class DormantSeatsView {
    private final DormantSeatsViewModel vm;

    @FXML private ComboBox<SignalChoice> signalBox;
    @FXML private ComboBox<ProductOption> productBox;
    @FXML private ComboBox<String> departmentBox;
    @FXML private Label dormantCount;
    @FXML private Button reclaimButton;
    @FXML private TableView<DormantSeat> dormantTable;
    @FXML private TableColumn<DormantSeat, String> holderCol;
    @FXML private TableColumn<DormantSeat, String> licenseCol;
    @FXML private TableColumn<DormantSeat, String> departmentCol;
    @FXML private TableColumn<DormantSeat, String> signalCol;
    @FXML private TableColumn<DormantSeat, String> lastActivityCol;
    @FXML private TableColumn<DormantSeat, String> costCol;

    public DormantSeatsView(DormantSeatsViewModel vm) {
        this.vm = vm;
    }

    public Parent root() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        signalBox.getItems().setAll(SignalChoice.choices());
        signalBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(SignalChoice s) {
                return (s == null ? SignalChoice.ALL : s).label();
            }

            @Override
            public SignalChoice fromString(String s) {
                return null;
            }
        });
        signalBox.valueProperty().bindBidirectional(vm.signalProperty());
        productBox.setItems(vm.productChoices());
        productBox.valueProperty().bindBidirectional(vm.productProperty());
        departmentBox.setItems(vm.departments());
        departmentBox.valueProperty().bindBidirectional(vm.departmentProperty());

        // a row not loaded yet is null and shows empty
        ListScreen<DormantSeat> list = ListScreen.of(dormantTable, vm.rows());
        dormantTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Columns.bind(holderCol, DormantSeat::holder);
        Columns.bind(licenseCol, DormantSeat::licenseDisplayName);
        Columns.bind(departmentCol, DormantSeat::department);
        Columns.bind(signalCol, d -> Labels.of("util.signal", d.signal()));
        Columns.bind(lastActivityCol, d -> new LastUse(d.lastActivity(), d.source(), d.format()).text());
        Columns.bind(costCol, vm::costText);
        Map<TableColumn<DormantSeat, ?>, DormantSort> keys = Map.of(holderCol, DormantSort.HOLDER,
            licenseCol, DormantSort.LICENSE, departmentCol, DormantSort.DEPARTMENT, signalCol, DormantSort.SIGNAL,
            lastActivityCol, DormantSort.LAST_ACTIVITY);
        list.sortInSql(keys, DormantSort.LICENSE, vm::sortBy);
        dormantCount.textProperty().bind(vm.countProperty());
        reclaimButton.disableProperty().bind(Bindings.isEmpty(dormantTable.getSelectionModel().getSelectedIndices())
            .or(vm.status().busyProperty()));
        Shortcuts.tooltip(reclaimButton, Shortcuts.DELETE);
    }

    /** Ctrl/Cmd+F: the focus on the product filter. */
    void focusFilters() {
        productBox.requestFocus();
    }

    /** Delete: reclaims the selected seats after the confirmation the button asks; false when none is selected. */
    boolean reclaimSelected() {
        return Shortcuts.press(reclaimButton);
    }

    @FXML
    private void onClearFilters() {
        vm.departmentProperty().set(null);
        vm.productProperty().set(null);
    }

    @FXML
    private void onReclaim() {
        vm.seatsAt(List.copyOf(dormantTable.getSelectionModel().getSelectedIndices()), selected -> {
            if (selected.isEmpty()) {
                return;
            }
            if (Confirm.ask(dormantTable, vm.reclaimQuestion(selected))) {
                dormantTable.getSelectionModel().clearSelection();
                vm.reclaim(selected);
            }
        });
    }
}
