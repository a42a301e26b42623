package dev.seatledger.ui.importing;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.importing.ImportIssue;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.FxmlDialog;
import dev.seatledger.ui.common.Labels;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;

/**
 * Import preview: what the file is, the column mapping, every problem by row and column, then import with a
 * progress bar; Cancel during the import stops it and nothing is saved.
 */
public class ImportDialog extends FxmlDialog<String> {
    private final ImportViewModel vm;

    @FXML private ButtonType runType;
    @FXML private ButtonType cancelType;
    @FXML private ComboBox<ImportViewModel.Kind> kindBox;
    @FXML private TitledPane mappingPane;
    @FXML private GridPane mapping;
    @FXML private Label importSummary;
    @FXML private TableView<ImportIssue> importIssues;
    @FXML private TableColumn<ImportIssue, Number> rowCol;
    @FXML private TableColumn<ImportIssue, String> columnCol;
    @FXML private TableColumn<ImportIssue, String> problemCol;
    @FXML private CheckBox skipCheck;
    @FXML private ProgressBar importProgress;
    @FXML private Label importStatus;

    public ImportDialog(ImportViewModel vm) {
        super(Messages.get("import.title"));
        this.vm = vm;
        setResizable(true);
        loadPane();
        command(runType, "runImportButton", () -> vm.runImport(() -> closeWith(vm.resultProperty().get())))
            .disableProperty().bind(vm.canImportProperty().not());
        CancelWhileImporting.install(this, cancelType, "cancelImportButton", vm.importingProperty(), vm::cancelImport);
        setResultConverter(b -> vm.resultProperty().get().isEmpty() ? null : vm.resultProperty().get());
    }

    @FXML
    private void initialize() {
        kindBox.getItems().setAll(ImportViewModel.Kind.values());
        kindBox.setConverter(Labels.converter("import.kind", ImportViewModel.Kind.class));
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        kindBox.disableProperty().bind(vm.importingProperty());
        vm.headers().addListener((ListChangeListener<String>) c -> showMapping());
        vm.kindProperty().addListener((o, a, b) -> showMapping());
        mappingPane.visibleProperty().bind(vm.kindProperty().isEqualTo(ImportViewModel.Kind.CSV_LICENSES)
            .or(vm.kindProperty().isEqualTo(ImportViewModel.Kind.SNIPEIT_LICENSES)));
        mappingPane.managedProperty().bind(mappingPane.visibleProperty());
        mappingPane.disableProperty().bind(vm.importingProperty());
        importSummary.textProperty().bind(vm.summaryProperty());
        importIssues.setItems(vm.issues());
        Columns.bind(rowCol, ImportIssue::row);
        Columns.bind(columnCol, ImportIssue::column);
        Columns.bind(problemCol, ImportIssue::message);
        skipCheck.selectedProperty().bindBidirectional(vm.skipInvalidProperty());
        skipCheck.disableProperty().bind(vm.importingProperty());
        importProgress.progressProperty().bind(vm.progressProperty());
        importProgress.visibleProperty().bind(vm.importingProperty());
        importProgress.managedProperty().bind(importProgress.visibleProperty());
        importStatus.textProperty().bind(vm.statusProperty());
        importStatus.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        importStatus.managedProperty().bind(importStatus.visibleProperty());
    }

    /** One row per field of the chosen kind: the file's column that fills it, or none. */
    private void showMapping() {
        mapping.getChildren().clear();
        int row = 0;
        for (String field : ImportViewModel.fields()) {
            ComboBox<String> header = new ComboBox<>();
            header.getItems().add(null);
            header.getItems().addAll(vm.headers());
            header.setValue(vm.mapping().get(field));
            header.setPromptText(Messages.get("import.mapping.none"));
            header.valueProperty().addListener((o, a, b) -> {
                if (b == null) {
                    vm.mapping().remove(field);
                } else {
                    vm.mapping().put(field, b);
                }
                vm.preview();
            });
            mapping.add(new Label(Messages.get("import.field." + field)), 0, row);
            mapping.add(header, 1, row++);
        }
    }
}
