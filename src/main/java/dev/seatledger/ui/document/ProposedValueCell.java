package dev.seatledger.ui.document;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.document.extract.Proposal;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.util.StringConverter;

/**
 * The proposed value of a review row: the value as text (marked when it was computed), or, when the rules and the
 * AI read different values, a choice between the two; choosing one ticks the row.
 */
final class ProposedValueCell extends TableCell<ReviewItem, ReviewItem> {

    @Override
    protected void updateItem(ReviewItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (!item.disputed()) {
            Proposal p = item.line().proposal();
            setText(p.displayValue() + (p.derived() ? " (" + Messages.get("extract.review.derived") + ")" : ""));
            setGraphic(null);
            return;
        }
        ComboBox<Proposal> choice = new ComboBox<>(FXCollections.observableArrayList(item.choices()));
        choice.setId("choice-" + item.line().proposal().field().name());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Proposal p) {
                return p == null ? "" : p.displayValue() + " (" + Messages.get("extract.source." + p.source().name()) + ")";
            }

            @Override
            public Proposal fromString(String s) {
                return null;
            }
        });
        choice.setValue(item.chosenProperty().get());
        choice.setOnAction(e -> item.choose(choice.getValue()));
        choice.setMaxWidth(Double.MAX_VALUE);
        setText(null);
        setGraphic(choice);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }
}
