package dev.seatledger.ui.importing;

import dev.seatledger.ui.common.ChoiceText;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.usage.UsageColumns;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageProblem;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.FxmlDialog;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;

/**
 * Import usage: the file's format as recognised (or forced), the product of a single-product export, a plain usage
 * CSV's columns with its first rows, the summary, unknown people, problems by line; then import with progress and
 * Cancel. The result is the summary of what was written.
 */
public class UsageImportDialog extends FxmlDialog<String> {
    private final UsageImportViewModel vm;
    private final java.util.Map<String, ComboBox<String>> columnBoxes = new java.util.HashMap<>();

    @FXML private ButtonType runType;
    @FXML private ButtonType cancelType;
    @FXML private Label fileLabel;
    @FXML private ComboBox<UsageFormat> formatBox;
    @FXML private Label formatLabel;
    @FXML private TextField productField;
    @FXML private TitledPane mappingPane;
    @FXML private GridPane mapping;
    @FXML private TableView<List<String>> previewTable;
    @FXML private Label usageSummary;
    @FXML private TitledPane unknownPane;
    @FXML private ListView<String> unknownList;
    @FXML private TableView<UsageProblem> usageProblems;
    @FXML private TableColumn<UsageProblem, String> lineCol;
    @FXML private TableColumn<UsageProblem, String> fieldCol;
    @FXML private TableColumn<UsageProblem, String> problemCol;
    @FXML private CheckBox skipCheck;
    @FXML private ProgressBar importProgress;
    @FXML private Label importStatus;

    public UsageImportDialog(UsageImportViewModel vm) {
        super(Messages.get("usage.window.title"));
        this.vm = vm;
        setResizable(true);
        loadPane();
        command(runType, "runUsageImportButton", () -> vm.runImport(() -> closeWith(vm.resultProperty().get())))
            .disableProperty().bind(vm.canImportProperty().not());
        CancelWhileImporting.install(this, cancelType, "cancelUsageImportButton", vm.importingProperty(),
            vm::cancelImport);
        setResultConverter(b -> vm.resultProperty().get().isEmpty() ? null : vm.resultProperty().get());
    }

    @FXML
    private void initialize() {
        fileLabel.setText(vm.file() == null ? "" : vm.file().getFileName().toString());
        formatBox.getItems().setAll(UsageImportViewModel.formatChoices());
        formatBox.setConverter(ChoiceText.of(UsageImportViewModel::formatText));
        formatBox.setValue(vm.forcedFormatProperty().get());
        formatBox.valueProperty().addListener((o, a, b) -> vm.forcedFormatProperty().set(b));
        formatLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
            vm.formatProperty().get() == null ? "" : Messages.get("usage.window.recognised",
                vm.formatProperty().get().displayName()), vm.formatProperty()));
        formatBox.disableProperty().bind(vm.importingProperty());
        productField.textProperty().bindBidirectional(vm.productProperty());
        productField.setOnAction(e -> vm.read());
        productField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.read();
            }
        });
        productField.disableProperty().bind(vm.importingProperty());

        mappingPane.visibleProperty().bind(vm.formatProperty().isEqualTo(UsageFormat.USAGE_CSV));
        mappingPane.managedProperty().bind(mappingPane.visibleProperty());
        mappingPane.disableProperty().bind(vm.importingProperty());
        vm.headers().addListener((ListChangeListener<String>) c -> showMapping());
        vm.mapping().addListener((MapChangeListener<String, String>) c -> {
            ComboBox<String> box = columnBoxes.get(c.getKey());
            if (box != null) {
                box.setValue(vm.mapping().get(c.getKey()));
            }
        });
        previewTable.setItems(vm.previewRows());

        usageSummary.textProperty().bind(vm.summaryProperty());
        unknownList.setItems(vm.unknownPeople());
        unknownPane.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
            Messages.get("usage.window.unknownPeople", vm.unknownPeople().size()), vm.unknownPeople()));
        unknownPane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.unknownPeople()));
        unknownPane.managedProperty().bind(unknownPane.visibleProperty());
        usageProblems.setItems(vm.problems());
        Columns.bind(lineCol, p -> p.line() <= 0 ? "" : String.valueOf(p.line()));
        Columns.bind(fieldCol, UsageProblem::field);
        Columns.bind(problemCol, UsageProblem::message);
        skipCheck.selectedProperty().bindBidirectional(vm.skipInvalidProperty());
        skipCheck.disableProperty().bind(vm.importingProperty());
        importProgress.progressProperty().bind(vm.progressProperty());
        importProgress.visibleProperty().bind(vm.importingProperty().or(vm.readingProperty()));
        importProgress.managedProperty().bind(importProgress.visibleProperty());
        importStatus.textProperty().bind(vm.statusProperty());
        importStatus.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        importStatus.managedProperty().bind(importStatus.visibleProperty());
    }

    /** One row per field of a plain usage CSV: the file's column that feeds it, or none; and the preview's columns. */
    private void showMapping() {
        mapping.getChildren().clear();
        columnBoxes.clear();
        int row = 0;
        for (String field : UsageColumns.FIELDS) {
            ComboBox<String> header = new ComboBox<>();
            header.setId("usageColumn-" + field);
            header.getItems().add(null);
            header.getItems().addAll(vm.headers());
            header.setValue(vm.mapping().get(field));
            header.setPromptText(Messages.get("import.mapping.none"));
            header.valueProperty().addListener((o, a, b) -> {
                if (!java.util.Objects.equals(vm.mapping().get(field), b)) {
                    vm.map(field, b);
                }
            });
            columnBoxes.put(field, header);
            Label label = new Label(Messages.get("usage.window.field." + field));
            label.setLabelFor(header);
            mapping.add(label, 0, row);
            mapping.add(header, 1, row++);
        }
        previewTable.getColumns().clear();
        for (int i = 0; i < vm.headers().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(vm.headers().get(i));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(index < d.getValue().size() ? d.getValue().get(index)
                : ""));
            c.setSortable(false);
            previewTable.getColumns().add(c);
        }
    }
}
