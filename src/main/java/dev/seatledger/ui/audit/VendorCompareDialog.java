package dev.seatledger.ui.audit;

import dev.seatledger.ui.common.ChoiceText;
import dev.seatledger.ui.importing.UsageImportViewModel;
import dev.seatledger.core.audit.AuditRow;
import dev.seatledger.core.audit.VendorComparison;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.FxmlDialog;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

/**
 * Compare with vendor export: the license's holders beside the vendor's accounts in three lists, the proposed seat
 * count, the actions to take (revoke, assign) and "Complete audit with this count".
 */
public class VendorCompareDialog extends FxmlDialog<AuditRow> {
    private final VendorCompareViewModel vm;

    @FXML private ButtonType completeType;
    @FXML private Label fileLabel;
    @FXML private Label formatTitle;
    @FXML private ComboBox<UsageFormat> formatBox;
    @FXML private Label readingLabel;
    @FXML private Label vendorError;
    @FXML private Label withAccountTitle;
    @FXML private TableView<VendorComparison.Holder> withAccountTable;
    @FXML private TableColumn<VendorComparison.Holder, String> withNameCol;
    @FXML private TableColumn<VendorComparison.Holder, String> withEmailCol;
    @FXML private Label withoutAccountTitle;
    @FXML private CheckBox revokeAllCheck;
    @FXML private TableView<VendorCompareViewModel.Choice<VendorComparison.Holder>> withoutAccountTable;
    @FXML private TableColumn<VendorCompareViewModel.Choice<VendorComparison.Holder>,
        VendorCompareViewModel.Choice<VendorComparison.Holder>> revokeCol;
    @FXML private TableColumn<VendorCompareViewModel.Choice<VendorComparison.Holder>, String> withoutNameCol;
    @FXML private TableColumn<VendorCompareViewModel.Choice<VendorComparison.Holder>, String> withoutEmailCol;
    @FXML private Label unrecordedTitle;
    @FXML private CheckBox assignAllCheck;
    @FXML private TableView<VendorCompareViewModel.Choice<VendorComparison.Account>> unrecordedTable;
    @FXML private TableColumn<VendorCompareViewModel.Choice<VendorComparison.Account>,
        VendorCompareViewModel.Choice<VendorComparison.Account>> assignCol;
    @FXML private TableColumn<VendorCompareViewModel.Choice<VendorComparison.Account>, String> accountCol;
    @FXML private TableColumn<VendorCompareViewModel.Choice<VendorComparison.Account>, String> personCol;
    @FXML private TableColumn<VendorCompareViewModel.Choice<VendorComparison.Account>, String> billableCol;
    @FXML private Label proposalLabel;
    @FXML private FormGrid grid;
    @FXML private TextArea notesField;
    @FXML private ComboBox<Integer> nextBox;

    public VendorCompareDialog(VendorCompareViewModel vm) {
        super(Messages.get("audit.vendor.window.title"));
        this.vm = vm;
        setResizable(true);
        loadPane();
        command(completeType, "completeVendorAuditButton", () -> vm.complete(() -> closeWith(null)))
            .disableProperty().bind(vm.comparisonProperty().isNull().or(vm.busyProperty()));
    }

    @FXML
    private void initialize() {
        fileLabel.setText(vm.file() == null ? "" : vm.file().getFileName().toString());
        formatTitle.setLabelFor(formatBox);
        formatBox.getItems().setAll(VendorCompareViewModel.formatChoices());
        formatBox.setConverter(ChoiceText.of(UsageImportViewModel::formatText));
        formatBox.setValue(vm.forcedFormatProperty().get());
        formatBox.valueProperty().bindBidirectional(vm.forcedFormatProperty());
        showWhen(readingLabel, vm.readingProperty());
        vendorError.textProperty().bind(vm.generalErrorProperty());
        vendorError.visibleProperty().bind(vm.generalErrorProperty().isNotEmpty());
        vendorError.managedProperty().bind(vendorError.visibleProperty());

        withAccountTable.setItems(vm.withAccount());
        Columns.bind(withNameCol, VendorComparison.Holder::name);
        Columns.bind(withEmailCol, VendorComparison.Holder::email);
        withAccountTitle.textProperty().bind(Bindings.createStringBinding(() ->
            Messages.get("audit.vendor.withAccount", vm.withAccount().size()), vm.withAccount()));

        withoutAccountTable.setItems(vm.withoutAccount());
        choiceColumn(revokeCol, "revoke");
        Columns.bind(withoutNameCol, c -> c.item().name());
        Columns.bind(withoutEmailCol, c -> c.item().email());
        withoutAccountTitle.textProperty().bind(Bindings.createStringBinding(() ->
            Messages.get("audit.vendor.withoutAccount", vm.withoutAccount().size()), vm.withoutAccount()));
        chooseAllWith(revokeAllCheck, vm.withoutAccount());

        unrecordedTable.setItems(vm.unrecorded());
        choiceColumn(assignCol, "assign");
        Columns.bind(accountCol, c -> c.item().email());
        Columns.bind(personCol, c -> c.item().name() == null ? Messages.get("audit.vendor.unknownPerson")
            : c.item().name());
        Columns.bind(billableCol, c -> c.item().billable() == null ? ""
            : Messages.get(c.item().billable() ? "audit.vendor.window.yes" : "audit.vendor.window.no"));
        unrecordedTitle.textProperty().bind(Bindings.createStringBinding(() ->
            Messages.get("audit.vendor.unrecorded", vm.unrecorded().size()), vm.unrecorded()));
        chooseAllWith(assignAllCheck, vm.unrecorded());

        proposalLabel.textProperty().bind(vm.proposalProperty());
        grid.showErrors(vm.errors());
        notesField.textProperty().bindBidirectional(vm.notesProperty());
        NextAuditBox.fill(nextBox);
        nextBox.valueProperty().bindBidirectional(vm.nextInMonthsProperty());
    }

    private static void showWhen(Label label, BooleanProperty when) {
        label.visibleProperty().bind(when);
        label.managedProperty().bind(when);
    }

    /** A "choose all" box over a list: disabled while the list has nothing to choose. */
    private static <T> void chooseAllWith(CheckBox all, ObservableList<VendorCompareViewModel.Choice<T>> choices) {
        all.disableProperty().bind(Bindings.createBooleanBinding(() ->
            choices.stream().noneMatch(VendorCompareViewModel.Choice::possible), choices));
        all.selectedProperty().addListener((o, a, b) -> VendorCompareViewModel.chooseAll(choices, b));
        choices.addListener((javafx.collections.ListChangeListener<VendorCompareViewModel.Choice<T>>) c ->
            all.setSelected(false));
    }

    /** A check box per row bound to the row's choice; none where the action cannot be taken. */
    private static <T> void choiceColumn(TableColumn<VendorCompareViewModel.Choice<T>, VendorCompareViewModel.Choice<T>> col,
                                         String idPrefix) {
        Columns.bind(col, c -> c);
        col.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();
            private BooleanProperty bound;

            @Override
            protected void updateItem(VendorCompareViewModel.Choice<T> choice, boolean empty) {
                super.updateItem(choice, empty);
                if (bound != null) {
                    box.selectedProperty().unbindBidirectional(bound);
                    bound = null;
                }
                if (empty || choice == null || !choice.possible()) {
                    setGraphic(null);
                    return;
                }
                bound = choice.chosen();
                box.selectedProperty().bindBidirectional(bound);
                box.setId(idPrefix + "-" + getIndex());
                setGraphic(box);
            }
        });
    }
}
