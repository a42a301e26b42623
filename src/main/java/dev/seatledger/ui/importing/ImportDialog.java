package dev.seatledger.ui.importing;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.importing.ImportIssue;
import dev.seatledger.ui.common.Labels;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Import preview: what the file is, the column mapping, every problem by row and column, then import with a
 * progress bar; Cancel during the import stops it and nothing is saved.
 */
public class ImportDialog extends Dialog<String> {

    public ImportDialog(ImportViewModel vm) {
        setTitle(Messages.get("import.title"));
        setResizable(true);
        ButtonType run = new ButtonType(Messages.get("import.run"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(Messages.get("catalog.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(run, cancelType);
        ComboBox<ImportViewModel.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(ImportViewModel.Kind.values());
        kind.setConverter(Labels.converter("import.kind", ImportViewModel.Kind.class));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        GridPane mapping = new GridPane();
        mapping.setHgap(10);
        mapping.setVgap(4);
        Runnable rebuild = () -> {
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
        };
        vm.headers().addListener((javafx.collections.ListChangeListener<String>) c -> rebuild.run());
        vm.kindProperty().addListener((o, a, b) -> rebuild.run());
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setFitToWidth(true);
        mappingScroll.setPrefViewportHeight(220);
        TitledPane mappingPane = new TitledPane(Messages.get("import.mapping"), mappingScroll);
        mappingPane.setExpanded(false);
        mappingPane.visibleProperty().bind(vm.kindProperty().isEqualTo(ImportViewModel.Kind.CSV_LICENSES)
            .or(vm.kindProperty().isEqualTo(ImportViewModel.Kind.SNIPEIT_LICENSES)));
        mappingPane.managedProperty().bind(mappingPane.visibleProperty());

        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        TableView<ImportIssue> issues = new TableView<>(vm.issues());
        issues.setId("importIssues");
        TableColumn<ImportIssue, Number> row = new TableColumn<>(Messages.get("import.col.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        row.setPrefWidth(60);
        TableColumn<ImportIssue, String> column = new TableColumn<>(Messages.get("import.col.column"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().column()));
        column.setPrefWidth(150);
        TableColumn<ImportIssue, String> problem = new TableColumn<>(Messages.get("import.col.problem"));
        problem.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().message()));
        problem.setPrefWidth(420);
        issues.getColumns().add(row);
        issues.getColumns().add(column);
        issues.getColumns().add(problem);
        issues.setPrefHeight(240);
        issues.setPlaceholder(new Label("✓"));
        CheckBox skip = new CheckBox(Messages.get("import.skipInvalid"));
        skip.selectedProperty().bindBidirectional(vm.skipInvalidProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.importingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("importStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        kind.disableProperty().bind(vm.importingProperty());
        mappingPane.disableProperty().bind(vm.importingProperty());
        skip.disableProperty().bind(vm.importingProperty());

        getDialogPane().setContent(new VBox(10, new Label(Messages.get("import.kind")), kind, mappingPane, summary,
            issues, skip, bar, status));
        getDialogPane().setPrefSize(720, 620);
        Button ok = (Button) getDialogPane().lookupButton(run);
        ok.setId("runImportButton");
        ok.disableProperty().bind(vm.canImportProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.runImport(() -> {
                setResult(vm.resultProperty().get());
                close();
            });
        });
        Button cancel = (Button) getDialogPane().lookupButton(cancelType);
        cancel.setId("cancelImportButton");
        ButtonBar.setButtonUniformSize(cancel, false);
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.textProperty().bind(Bindings.when(vm.importingProperty()).then(Messages.get("import.cancel"))
            .otherwise(Messages.get("catalog.dialog.cancel")));
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (vm.importingProperty().get()) {
                e.consume();
                vm.cancelImport();
            }
        });
        setOnCloseRequest(e -> {
            if (vm.importingProperty().get()) {
                e.consume();
                vm.cancelImport();
            }
        });
        setResultConverter(b -> vm.resultProperty().get().isEmpty() ? null : vm.resultProperty().get());
    }
}
