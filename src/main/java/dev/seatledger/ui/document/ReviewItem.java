package dev.seatledger.ui.document;

import dev.seatledger.core.document.extract.ReviewLine;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A review row with its checkbox: ticked when the proposal would change the license and is fairly sure. */
public final class ReviewItem {
    static final double TICK_AT = 0.5;

    private final ReviewLine line;
    private final BooleanProperty accepted;

    public ReviewItem(ReviewLine line) {
        this.line = line;
        this.accepted = new SimpleBooleanProperty(!line.same() && line.proposal().confidence() >= TICK_AT);
    }

    public ReviewLine line() {
        return line;
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }
}
