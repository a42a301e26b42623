package dev.seatledger.ui.document;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.license.SaveResult;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.VBox;

/**
 * Review extracted terms: field, current value, proposed value (a choice when the rules and the AI disagree),
 * snippet and confidence, one checkbox per row; rows under 0.8 confidence start unticked.
 */
public class ExtractionReviewDialog extends Dialog<SaveResult> {

    public ExtractionReviewDialog(ExtractionReviewViewModel vm) {
        setTitle(Messages.get("extract.review.title"));
        setHeaderText(null);
        setResizable(true);
        ButtonType apply = new ButtonType(Messages.get("extract.review.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("catalog.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(apply, cancel);

        TableView<ReviewItem> table = new TableView<>(vm.items());
        table.setId("reviewTable");
        table.setEditable(true);
        TableColumn<ReviewItem, Boolean> use = new TableColumn<>();
        use.setCellValueFactory(c -> c.getValue().acceptedProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setEditable(true);
        use.setPrefWidth(36);
        use.setSortable(false);
        table.getColumns().add(use);
        table.getColumns().add(col(Messages.get("extract.col.field"),
            i -> Messages.get("extract.field." + i.line().proposal().field().name()), 160));
        table.getColumns().add(col(Messages.get("extract.col.current"), i -> i.line().currentValue(), 140));
        TableColumn<ReviewItem, ReviewItem> proposed = new TableColumn<>(Messages.get("extract.col.proposed"));
        proposed.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        proposed.setCellFactory(c -> new ProposedValueCell());
        proposed.setPrefWidth(200);
        table.getColumns().add(proposed);
        TableColumn<ReviewItem, String> snippet = col(Messages.get("extract.col.snippet"),
            i -> i.line().proposal().snippet(), 420);
        snippet.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
                setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s));
            }
        });
        table.getColumns().add(snippet);
        table.getColumns().add(col(Messages.get("extract.col.confidence"), i -> String.format(Locale.ROOT, "%d%% · %s",
            Math.round(i.line().proposal().confidence() * 100),
            Messages.get("extract.source." + i.line().proposal().source().name())), 110));
        table.setPrefHeight(380);

        Label source = new Label();
        source.setId("reviewSource");
        source.setWrapText(true);
        source.getStyleClass().add("text-muted");
        source.textProperty().bind(vm.sourceProperty());
        Label error = new Label();
        error.setId("reviewError");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.errorProperty());
        getDialogPane().setContent(new VBox(10, source, table, error));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getDialogPane().setPrefWidth(1040);
        getDialogPane().setMinWidth(900);

        AtomicReference<SaveResult> result = new AtomicReference<>();
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("applyTermsButton");
        applyButton.disableProperty().bind(vm.busyProperty());
        applyButton.addEventFilter(ActionEvent.ACTION, ev -> {
            ev.consume();
            vm.apply(r -> {
                result.set(r);
                setResult(r);
                close();
            });
        });
        setResultConverter(b -> result.get());
    }

    private static TableColumn<ReviewItem, String> col(String title, Function<ReviewItem, String> value, double w) {
        TableColumn<ReviewItem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(w);
        c.setEditable(false);
        return c;
    }
}
