package dev.seatledger.ui.document;

import dev.seatledger.core.document.extract.Proposal;
import dev.seatledger.core.document.extract.ReviewLine;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A review row with its checkbox: ticked when the proposal would change the license and is sure (confidence
 * {@link Proposal#SURE} or more). When the rules and the AI read different values, both are choices; picking one
 * ticks the row.
 */
public final class ReviewItem {
    static final double TICK_AT = Proposal.SURE;

    private final ReviewLine line;
    private final BooleanProperty accepted;
    private final ObjectProperty<Proposal> chosen;

    public ReviewItem(ReviewLine line) {
        this.line = line;
        this.accepted = new SimpleBooleanProperty(!line.same() && line.proposal().confidence() >= TICK_AT);
        this.chosen = new SimpleObjectProperty<>(line.proposal());
    }

    public ReviewLine line() {
        return line;
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }

    /** The value that Apply writes: the proposal, or the alternative the person chose. */
    public ObjectProperty<Proposal> chosenProperty() {
        return chosen;
    }

    /** The values to choose from: the proposal and, when the sources disagree, the other reading. */
    public List<Proposal> choices() {
        Proposal p = line.proposal();
        return p.alternative() == null ? List.of(p) : List.of(p, p.alternative());
    }

    public boolean disputed() {
        return line.proposal().alternative() != null;
    }

    /** Takes one of the choices and ticks the row. */
    public void choose(Proposal p) {
        if (choices().contains(p)) {
            chosen.set(p);
            accepted.set(true);
        }
    }
}
