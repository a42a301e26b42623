package dev.seatledger.ui.document;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.DocumentKind;
import dev.seatledger.core.document.DocumentRow;
import dev.seatledger.core.document.DocumentSizes;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.core.document.extract.ReviewLine;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.Confirm;
import dev.seatledger.ui.common.Fxml;
import dev.seatledger.ui.common.Labels;
import dev.seatledger.ui.common.Notices;
import java.io.File;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

/** The Documents tab of a license page: table, Attach… and drag-and-drop, Open, Remove, Extract terms…. */
public class DocumentsPanel {
    private final DocumentsPanelViewModel vm;
    private final BiConsumer<Extraction, List<ReviewLine>> review;
    private final Parent root;

    @FXML private Button attachDocumentButton;
    @FXML private ComboBox<DocumentKind> documentKindBox;
    @FXML private ProgressIndicator readingIndicator;
    @FXML private Button cancelExtractButton;
    @FXML private Button openDocumentButton;
    @FXML private Button extractTermsButton;
    @FXML private Button removeDocumentButton;
    @FXML private Label noticeLabel;
    @FXML private TableView<DocumentRow> documentsTable;
    @FXML private TableColumn<DocumentRow, String> nameCol;
    @FXML private TableColumn<DocumentRow, String> kindCol;
    @FXML private TableColumn<DocumentRow, String> sizeCol;
    @FXML private TableColumn<DocumentRow, String> uploadedCol;

    public DocumentsPanel(DocumentsPanelViewModel vm, BiConsumer<Extraction, List<ReviewLine>> review) {
        this.vm = vm;
        this.review = review;
        this.root = Fxml.load(this);
        vm.load();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        documentKindBox.getItems().setAll(DocumentKind.values());
        documentKindBox.setConverter(Labels.converter("document.kind", DocumentKind.class));
        documentKindBox.valueProperty().bindBidirectional(vm.newKindProperty());
        BooleanBinding none = documentsTable.getSelectionModel().selectedItemProperty().isNull();
        openDocumentButton.disableProperty().bind(none);
        removeDocumentButton.disableProperty().bind(none);
        extractTermsButton.disableProperty().bind(none.or(vm.busyProperty()));
        attachDocumentButton.disableProperty().bind(vm.busyProperty());
        for (Node n : List.of(readingIndicator, cancelExtractButton)) {
            n.visibleProperty().bind(vm.extractingProperty());
            n.managedProperty().bind(vm.extractingProperty());
        }
        Notices.bind(noticeLabel, vm.noticeProperty(), vm.errorProperty());

        documentsTable.setItems(vm.rows());
        Columns.bind(nameCol, DocumentRow::fileName);
        Columns.bind(kindCol, r -> Labels.of("document.kind", r.kind()));
        Columns.bind(sizeCol, r -> DocumentSizes.format(r.sizeBytes()));
        Columns.bind(uploadedCol, r -> Labels.instant(r.uploadedAt()) + " · " + r.uploadedBy());
        documentsTable.setRowFactory(t -> row());
    }

    /** A document's row: double-click opens it, its menu sets its kind. */
    private TableRow<DocumentRow> row() {
        TableRow<DocumentRow> row = new TableRow<>();
        Menu kinds = new Menu(Messages.get("document.setKind"));
        for (DocumentKind k : DocumentKind.values()) {
            MenuItem item = new MenuItem(Labels.of("document.kind", k));
            item.setOnAction(e -> vm.setKind(row.getItem(), k));
            kinds.getItems().add(item);
        }
        row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
            .then((ContextMenu) null).otherwise(new ContextMenu(kinds)));
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !row.isEmpty()) {
                vm.open(row.getItem());
            }
        });
        return row;
    }

    private DocumentRow selected() {
        return documentsTable.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void onAttach() {
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

    @FXML
    private void onOpen() {
        vm.open(selected());
    }

    @FXML
    private void onExtract() {
        vm.extract(selected(), review);
    }

    @FXML
    private void onCancelExtract() {
        vm.cancelExtract();
    }

    @FXML
    private void onRemove() {
        DocumentRow row = selected();
        if (Confirm.ask(root, Messages.get("document.remove.confirm", row.fileName()))) {
            vm.remove(row);
        }
    }

    @FXML
    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            if (!root.getStyleClass().contains("drop-target")) {
                root.getStyleClass().add("drop-target");
            }
        }
        e.consume();
    }

    @FXML
    private void onDragExited() {
        root.getStyleClass().remove("drop-target");
    }

    @FXML
    private void onDragDropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            vm.attach(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }
}
