package dev.seatledger.ui.document;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.document.extract.ContractTerms;
import dev.seatledger.core.document.extract.Extraction;
import dev.seatledger.core.document.extract.Proposal;
import dev.seatledger.core.document.extract.ReviewLine;
import dev.seatledger.core.license.SaveResult;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The proposals of one extraction; Apply writes the ticked ones (the chosen value where the rules and the AI
 * disagreed) into the license in one validated update. Proposals under 0.8 start unticked.
 */
public class ExtractionReviewViewModel {
    private final ContractTerms terms;
    private final TaskExecutor executor;
    private final long licenseId;
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public ExtractionReviewViewModel(ContractTerms terms, TaskExecutor executor, long licenseId, Extraction extraction,
                                     List<ReviewLine> lines) {
        this.terms = terms;
        this.executor = executor;
        this.licenseId = licenseId;
        lines.forEach(l -> items.add(new ReviewItem(l)));
        String read = extraction.aiUsed() ? Messages.get("extract.review.ai")
            : extraction.aiProblem().isEmpty() ? Messages.get("extract.review.rules")
            : Messages.get("extract.review.fallback", extraction.aiProblem());
        source.set(items.stream().anyMatch(ReviewItem::disputed) ? read + " " + Messages.get("extract.review.disputed")
            : read);
    }

    public List<Proposal> accepted() {
        return items.stream().filter(i -> i.acceptedProperty().get()).map(i -> i.chosenProperty().get()).toList();
    }

    public void apply(Consumer<SaveResult> onApplied) {
        error.set("");
        List<Proposal> chosen = accepted();
        if (chosen.isEmpty()) {
            error.set(Messages.get("extract.review.noneTicked"));
            return;
        }
        busy.set(true);
        executor.execute(() -> terms.apply(licenseId, chosen), r -> {
            busy.set(false);
            onApplied.accept(r);
        }, t -> {
            busy.set(false);
            if (t instanceof ValidationException v) {
                error.set(String.join(" ", v.errors().stream().map(e -> e.message()).distinct().toList()));
            } else {
                error.set(ErrorText.of(t));
            }
        });
    }

    public ObservableList<ReviewItem> items() { return items; }
    public StringProperty sourceProperty() { return source; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty busyProperty() { return busy; }
}
