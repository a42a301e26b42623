package dev.seatledger.ui.document;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.SaveResult;
import dev.seatledger.ui.common.Columns;
import dev.seatledger.ui.common.FxmlDialog;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;

/**
 * Review extracted terms: field, current value, proposed value (a choice when the rules and the AI disagree),
 * snippet and confidence, one checkbox per row; rows under 0.8 confidence start unticked.
 */
public class ExtractionReviewDialog extends FxmlDialog<SaveResult> {
    private final ExtractionReviewViewModel vm;
    private SaveResult applied;

    @FXML private ButtonType applyType;
    @FXML private Label reviewSource;
    @FXML private TableView<ReviewItem> reviewTable;
    @FXML private TableColumn<ReviewItem, Boolean> useCol;
    @FXML private TableColumn<ReviewItem, String> fieldCol;
    @FXML private TableColumn<ReviewItem, String> currentCol;
    @FXML private TableColumn<ReviewItem, ReviewItem> proposedCol;
    @FXML private TableColumn<ReviewItem, String> snippetCol;
    @FXML private TableColumn<ReviewItem, String> confidenceCol;
    @FXML private Label reviewError;

    public ExtractionReviewDialog(ExtractionReviewViewModel vm) {
        super(Messages.get("extract.review.title"));
        this.vm = vm;
        setResizable(true);
        loadPane();
        command(applyType, "applyTermsButton", () -> vm.apply(r -> {
            applied = r;
            closeWith(r);
        })).disableProperty().bind(vm.busyProperty());
        setResultConverter(b -> applied);
    }

    @FXML
    private void initialize() {
        reviewSource.textProperty().bind(vm.sourceProperty());
        reviewError.textProperty().bind(vm.errorProperty());
        reviewTable.setItems(vm.items());
        useCol.setCellValueFactory(c -> c.getValue().acceptedProperty());
        useCol.setCellFactory(CheckBoxTableCell.forTableColumn(useCol));
        Columns.bind(fieldCol, i -> Messages.get("extract.field." + i.line().proposal().field().name()));
        Columns.bind(currentCol, i -> i.line().currentValue());
        proposedCol.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        proposedCol.setCellFactory(c -> new ProposedValueCell());
        Columns.bind(snippetCol, i -> i.line().proposal().snippet());
        snippetCol.setCellFactory(c -> new SnippetCell());
        Columns.bind(confidenceCol, i -> String.format(Locale.ROOT, "%d%% · %s",
            Math.round(i.line().proposal().confidence() * 100),
            Messages.get("extract.source." + i.line().proposal().source().name())));
    }

    /** The snippet the value was read from, wrapped, and whole in a tooltip. */
    private static final class SnippetCell extends TableCell<ReviewItem, String> {
        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty ? null : s);
            setWrapText(true);
            setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s));
        }
    }
}
