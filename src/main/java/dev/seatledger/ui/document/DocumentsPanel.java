package dev.seatledger.ui.document;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.DocumentKind;
import dev.seatledger.core.document.DocumentRow;
import dev.seatledger.core.document.DocumentSizes;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.core.document.extract.ReviewLine;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.io.File;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The Documents tab of a license page: table, Attach… and drag-and-drop, Open, Remove, Extract terms…. */
public class DocumentsPanel {
    private final DocumentsPanelViewModel vm;
    private final BiConsumer<Extraction, List<ReviewLine>> review;
    private final VBox root = new VBox(10);
    private final TableView<DocumentRow> table = new TableView<>();

    public DocumentsPanel(DocumentsPanelViewModel vm, BiConsumer<Extraction, List<ReviewLine>> review) {
        this.vm = vm;
        this.review = review;
        build();
        vm.load();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.setId("documentsPanel");
        root.setStyle("-fx-padding: 12 4 12 4;");
        Button attach = new Button(Messages.get("document.attach"));
        attach.setId("attachDocumentButton");
        attach.getStyleClass().add("accent");
        attach.setOnAction(e -> choose());
        ComboBox<DocumentKind> kind = new ComboBox<>();
        kind.setId("documentKindBox");
        kind.getItems().setAll(DocumentKind.values());
        kind.setConverter(Labels.converter("document.kind", DocumentKind.class));
        kind.valueProperty().bindBidirectional(vm.newKindProperty());
        Label as = new Label(Messages.get("document.attachAs"));
        Button open = new Button(Messages.get("document.open"));
        open.setId("openDocumentButton");
        Button remove = new Button(Messages.get("document.remove"));
        remove.setId("removeDocumentButton");
        Button extract = new Button(Messages.get("document.extract"));
        extract.setId("extractTermsButton");
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        open.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        extract.disableProperty().bind(none.or(vm.busyProperty()));
        attach.disableProperty().bind(vm.busyProperty());
        open.setOnAction(e -> vm.open(selected()));
        remove.setOnAction(e -> confirmRemove(selected()));
        extract.setOnAction(e -> vm.extract(selected(), review));
        javafx.scene.control.ProgressIndicator reading = new javafx.scene.control.ProgressIndicator();
        reading.setPrefSize(18, 18);
        Button stop = new Button(Messages.get("extract.cancel"));
        stop.setId("cancelExtractButton");
        stop.setOnAction(e -> vm.cancelExtract());
        for (javafx.scene.Node n : List.of(reading, stop)) {
            n.visibleProperty().bind(vm.extractingProperty());
            n.managedProperty().bind(vm.extractingProperty());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, attach, as, kind, spacer, reading, stop, open, extract, remove);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label notice = new Label();
        notice.getStyleClass().add("notice-banner");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setWrapText(true);
        notice.setVisible(false);
        notice.setManaged(false);
        Notices.bind(notice, vm.noticeProperty(), vm.errorProperty());

        table.setId("documentsTable");
        table.setItems(vm.rows());
        table.getColumns().add(col(Messages.get("document.col.name"), DocumentRow::fileName, 280));
        table.getColumns().add(col(Messages.get("document.col.kind"), r -> Labels.of("document.kind", r.kind()), 110));
        table.getColumns().add(col(Messages.get("document.col.size"), r -> DocumentSizes.format(r.sizeBytes()), 90));
        table.getColumns().add(col(Messages.get("document.col.uploaded"),
            r -> Labels.instant(r.uploadedAt()) + " · " + r.uploadedBy(), 220));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("document.empty.hint")));
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setRowFactory(t -> {
            TableRow<DocumentRow> row = new TableRow<>();
            javafx.scene.control.Menu kinds = new javafx.scene.control.Menu(Messages.get("document.setKind"));
            for (DocumentKind k : DocumentKind.values()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(Labels.of("document.kind", k));
                item.setOnAction(e -> vm.setKind(row.getItem(), k));
                kinds.getItems().add(item);
            }
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
                .then((javafx.scene.control.ContextMenu) null).otherwise(new javafx.scene.control.ContextMenu(kinds)));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        Label hint = new Label(Messages.get("document.dropHint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        root.getChildren().addAll(bar, notice, table, hint);

        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains("drop-target")) {
                    root.getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        root.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                vm.attach(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private DocumentRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("document.attach.title"));
        chooser.getExtensionFilters().addAll(
            new FileChooser.ExtensionFilter(Messages.get("document.filter"), "*.pdf", "*.docx", "*.png", "*.jpg",
                "*.jpeg", "*.txt", "*.eml"),
            new FileChooser.ExtensionFilter("*", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null) {
            vm.attach(files.stream().map(File::toPath).toList());
        }
    }

    private void confirmRemove(DocumentRow row) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("document.remove.confirm", row.fileName()));
        a.initOwner(root.getScene().getWindow());
        a.setHeaderText(null);
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.remove(row));
    }

    private static TableColumn<DocumentRow, String> col(String title, Function<DocumentRow, String> value, double w) {
        TableColumn<DocumentRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(w);
        c.setSortable(false);
        return c;
    }
}
