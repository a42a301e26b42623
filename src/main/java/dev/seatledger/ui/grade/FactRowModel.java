package dev.seatledger.ui.grade;

import dev.seatledger.core.grade.Answer;
import dev.seatledger.core.grade.FactAnswer;
import dev.seatledger.core.grade.PostureFact;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One question of the dialog: the chosen answer, its note or source, and an AI proposal awaiting review. */
public final class FactRowModel {
    private final PostureFact fact;
    private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>(Answer.UNKNOWN);
    private final StringProperty source = new SimpleStringProperty("");
    private final ObjectProperty<FactAnswer> proposal = new SimpleObjectProperty<>();

    FactRowModel(PostureFact fact) {
        this.fact = fact;
    }

    public PostureFact fact() { return fact; }
    public ObjectProperty<Answer> answerProperty() { return answer; }
    public StringProperty sourceProperty() { return source; }
    /** The AI's proposed answer, null when there is none (or once accepted). */
    public ObjectProperty<FactAnswer> proposalProperty() { return proposal; }

    void set(FactAnswer a) {
        answer.set(a.answer());
        source.set(a.source() == null ? "" : a.source());
    }

    FactAnswer value() {
        return new FactAnswer(answer.get(), source.get());
    }

    /** Takes the proposal as the answer; returns false when there was none. */
    boolean accept() {
        FactAnswer p = proposal.get();
        if (p == null) {
            return false;
        }
        set(p);
        proposal.set(null);
        return true;
    }
}
