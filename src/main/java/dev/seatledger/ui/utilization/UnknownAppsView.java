package dev.seatledger.ui.utilization;

import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.recognition.Suggestion;
import dev.seatledger.core.telemetry.TelemetryQuery;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.shell.Shortcuts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The unknown applications screen's controller: the list with each application's best suggestion, confidence and
 * reason; under it the selected application's suggestions; Accept (the suggestion selected below, else the best),
 * Choose another product…, Add to catalog…, Ignore, and Show again for an ignored one; "accept all from N %" with its
 * preview and undo; the count of hidden items and the switch that lists them.
 */
public class UnknownAppsView {
    private final UnknownAppsViewModel vm;

    @FXML private Button acceptButton;
    @FXML private Button mapButton;
    @FXML private Button addButton;
    @FXML private Button ignoreButton;
    @FXML private Button showAgainButton;
    @FXML private Label percentLabel;
    @FXML private Spinner<Integer> percentSpinner;
    @FXML private Button undoAcceptAllButton;
    @FXML private TableView<TelemetryQuery.UnknownApp> unknownTable;
    @FXML private TableColumn<TelemetryQuery.UnknownApp, String> nameCol;
    @FXML private TableColumn<TelemetryQuery.UnknownApp, String> devicesCol;
    @FXML private TableColumn<TelemetryQuery.UnknownApp, String> suggestionCol;
    @FXML private TableColumn<TelemetryQuery.UnknownApp, String> confidenceCol;
    @FXML private TableColumn<TelemetryQuery.UnknownApp, String> reasonCol;
    @FXML private Label suggestionsLabel;
    @FXML private ListView<Suggestion> suggestionList;
    @FXML private Label hiddenLabel;
    @FXML private CheckBox showHiddenCheck;

    public UnknownAppsView(UnknownAppsViewModel vm) {
        this.vm = vm;
    }

    public Parent root() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        unknownTable.setItems(vm.rows());
        Columns.bind(nameCol, TelemetryQuery.UnknownApp::name);
        Columns.bind(devicesCol, a -> Labels.count(a.devices()));
        Columns.bind(suggestionCol, TelemetryQuery.UnknownApp::suggestion);
        Columns.bind(confidenceCol, a -> Percent.of(a.confidence()));
        Columns.bind(reasonCol, TelemetryQuery.UnknownApp::reason);
        vm.selectedProperty().bind(unknownTable.getSelectionModel().selectedItemProperty());
        bindSuggestions();
        bindButtons();
        bindAcceptAll();
        hiddenLabel.textProperty().bind(vm.hiddenTextProperty());
        showHiddenCheck.selectedProperty().bindBidirectional(vm.showHiddenProperty());
    }

    private void bindSuggestions() {
        suggestionList.setItems(vm.suggestions());
        suggestionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Messages.get("util.unknown.suggestion", s.productName(),
                    Percent.of(s.confidence()), s.reason() == null ? "" : s.reason().text()));
            }
        });
        vm.suggestions().addListener((ListChangeListener<Suggestion>) c -> suggestionList.getSelectionModel().selectFirst());
        suggestionsLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
            ? Messages.get("util.unknown.selectOne")
            : Messages.get("util.unknown.suggestionsFor", vm.selectedProperty().get().name()), vm.selectedProperty()));
    }

    private void bindButtons() {
        BooleanBinding none = vm.selectedProperty().isNull();
        BooleanBinding hidden = Bindings.createBooleanBinding(() -> none.get() || vm.selectedProperty().get().hidden() != null,
            vm.selectedProperty());
        acceptButton.disableProperty().bind(Bindings.createBooleanBinding(() -> none.get()
            || vm.selectedProperty().get().suggestionId() == null && vm.suggestions().isEmpty(),
            vm.selectedProperty(), vm.suggestions()));
        mapButton.disableProperty().bind(none);
        addButton.disableProperty().bind(none);
        ignoreButton.disableProperty().bind(hidden);
        Shortcuts.tooltip(addButton, Shortcuts.ADD);
        Shortcuts.tooltip(ignoreButton, Shortcuts.DELETE);
        showAgainButton.visibleProperty().bind(vm.showHiddenProperty());
        showAgainButton.managedProperty().bind(showAgainButton.visibleProperty());
        showAgainButton.disableProperty().bind(Bindings.createBooleanBinding(() -> none.get()
            || !vm.selectedProperty().get().ignoredByUser(), vm.selectedProperty()));
    }

    private void bindAcceptAll() {
        AcceptAllViewModel all = vm.acceptAll();
        percentSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
            AcceptAllViewModel.LOWEST_PERCENT, AcceptAllViewModel.HIGHEST_PERCENT, all.percentProperty().get()));
        percentSpinner.valueProperty().addListener((o, was, now) -> all.percentProperty().set(now));
        percentLabel.setLabelFor(percentSpinner);
        undoAcceptAllButton.visibleProperty().bind(all.undoableProperty());
        undoAcceptAllButton.managedProperty().bind(undoAcceptAllButton.visibleProperty());
    }

    /** Ctrl/Cmd+N: "Add to catalog…" for the selected application; false when none is selected. */
    boolean addSelected() {
        return Shortcuts.press(addButton);
    }

    /** Delete: ignores the selected application (Show again brings it back); false when it cannot be ignored. */
    boolean ignoreSelected() {
        return Shortcuts.press(ignoreButton);
    }

    private TelemetryQuery.UnknownApp selected() {
        return unknownTable.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void onAccept() {
        vm.accept(selected(), suggestionList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onMap() {
        TelemetryQuery.UnknownApp app = selected();
        vm.products(options -> {
            if (options.isEmpty()) {
                return;
            }
            ChoiceDialog<ProductOption> d = new ChoiceDialog<>(options.get(0), options);
            d.initOwner(unknownTable.getScene().getWindow());
            d.setTitle(Messages.get("util.unknown.chooseTitle"));
            d.setHeaderText(app.name());
            d.showAndWait().ifPresent(p -> vm.mapApp(app, p));
        });
    }

    @FXML
    private void onAdd() {
        AddToCatalogViewModel form = vm.addToCatalogForm(selected());
        AddToCatalogDialog d = new AddToCatalogDialog(form);
        d.initOwner(unknownTable.getScene().getWindow());
        form.load(d::showAndWait);
    }

    @FXML
    private void onIgnore() {
        vm.ignore(selected());
    }

    @FXML
    private void onShowAgain() {
        vm.showAgain(selected());
    }

    @FXML
    private void onAcceptAll() {
        AcceptAllViewModel all = vm.acceptAll();
        all.preview(preview -> {
            AcceptAllDialog d = new AcceptAllDialog(preview);
            d.initOwner(unknownTable.getScene().getWindow());
            d.showAndWait().filter(Boolean::booleanValue).ifPresent(ok -> all.accept(preview));
        });
    }

    @FXML
    private void onUndoAcceptAll() {
        vm.acceptAll().undo();
    }
}
