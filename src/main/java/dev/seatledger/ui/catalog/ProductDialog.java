package dev.seatledger.ui.catalog;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.recognition.KnowledgeEntry;
import dev.seatledger.ui.common.FormGrid;
import dev.seatledger.ui.common.FxmlDialog;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/**
 * Add/edit product; validation errors appear under their fields and the dialog stays open. Under the name, the
 * knowledge base's software matching what is typed: Down moves into the list, Enter or a click takes an entry,
 * Escape closes the list.
 */
public class ProductDialog extends FxmlDialog<ButtonType> {
    private final ProductFormViewModel form;

    @FXML private ButtonType saveType;
    @FXML private FormGrid grid;
    @FXML private TextField nameField;
    @FXML private ListView<KnowledgeEntry> knownList;
    @FXML private TextField publisherField;
    @FXML private TextField categoryField;
    @FXML private TextField websiteField;
    @FXML private TextArea notesField;
    @FXML private Label generalError;

    public ProductDialog(ProductFormViewModel form) {
        super(Messages.get(form.isNew() ? "catalog.dialog.add" : "catalog.dialog.edit"));
        this.form = form;
        loadPane();
        command(saveType, "saveProductButton", () -> form.save(() -> closeWith(ButtonType.OK)))
            .disableProperty().bind(form.busyProperty());
        setResultConverter(b -> b == saveType ? ButtonType.OK : ButtonType.CANCEL);
        setOnShown(e -> nameField.requestFocus());
    }

    @FXML
    private void initialize() {
        grid.showErrors(form, generalError);
        nameField.textProperty().bindBidirectional(form.nameProperty());
        publisherField.textProperty().bindBidirectional(form.publisherProperty());
        categoryField.textProperty().bindBidirectional(form.categoryProperty());
        websiteField.textProperty().bindBidirectional(form.websiteProperty());
        notesField.textProperty().bindBidirectional(form.notesProperty());
        bindKnownList();
    }

    private void bindKnownList() {
        knownList.setItems(form.offered());
        knownList.visibleProperty().bind(Bindings.isNotEmpty(form.offered()));
        knownList.managedProperty().bind(knownList.visibleProperty());
        // the dialog grows with the list and shrinks back, so its buttons stay in view
        knownList.visibleProperty().addListener((o, was, now) -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        knownList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(KnowledgeEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : describe(e));
            }
        });
        nameField.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.DOWN && !form.offered().isEmpty()) {
                knownList.requestFocus();
                knownList.getSelectionModel().selectFirst();
                k.consume();
            }
        });
        knownList.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER) {
                take();
                k.consume();
            } else if (k.getCode() == KeyCode.ESCAPE) {
                form.dismissOffer();
                nameField.requestFocus();
                k.consume();
            }
        });
        knownList.setOnMouseClicked(m -> {
            if (m.getButton() == MouseButton.PRIMARY) {
                take();
            }
        });
    }

    private void take() {
        KnowledgeEntry e = knownList.getSelectionModel().getSelectedItem();
        if (e != null) {
            form.choose(e);
            nameField.requestFocus();
            nameField.end();
        }
    }

    /** "Slack — Slack Technologies · Communication". */
    static String describe(KnowledgeEntry e) {
        return e.category() == null ? Messages.get("catalog.known.entry", e.name(), e.publisher())
            : Messages.get("catalog.known.entryInCategory", e.name(), e.publisher(), e.category());
    }
}
