package dev.seatledger.ui.grade;

import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.grade.EvaluationRow;
import dev.seatledger.core.grade.EvaluationSource;
import dev.seatledger.core.grade.FactAnswer;
import dev.seatledger.core.grade.GradeQuery;
import dev.seatledger.core.grade.GradeResult;
import dev.seatledger.core.grade.GradeScoring;
import dev.seatledger.core.grade.GradeService;
import dev.seatledger.core.grade.GradeSubject;
import dev.seatledger.core.grade.PostureFact;
import dev.seatledger.ui.common.ErrorText;
import dev.seatledger.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the security grade dialog: the questionnaire, the live result as answers change, AI proposals to
 * review one by one or all at once, and the product's evaluation history.
 */
public class GradeDialogViewModel {
    private final GradeService service;
    private final GradeQuery query;
    private final TaskExecutor executor;
    private final long productId;

    private final List<FactRowModel> facts = new ArrayList<>();
    private final ObjectProperty<GradeResult> result = new SimpleObjectProperty<>();
    private final ObservableList<EvaluationRow> history = FXCollections.observableArrayList();
    private final StringProperty productName = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final BooleanProperty asking = new SimpleBooleanProperty(false);
    private final BooleanProperty hasProposals = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty aiMessage = new SimpleStringProperty("");
    private GradeSubject subject;
    private boolean acceptedAi;
    private long askGeneration;

    private Map<PostureFact, FactAnswer> baseline = Map.of();

    public GradeDialogViewModel(GradeService service, GradeQuery query, TaskExecutor executor, long productId) {
        this.service = service;
        this.query = query;
        this.executor = executor;
        this.productId = productId;
        for (PostureFact f : PostureFact.values()) {
            FactRowModel row = new FactRowModel(f);
            row.answerProperty().addListener((o, a, b) -> rescore());
            row.proposalProperty().addListener((o, a, b) -> hasProposals.set(facts.stream()
                .anyMatch(r -> r.proposalProperty().get() != null)));
            facts.add(row);
        }
        rescore();
        baseline = answers();
    }

    public void load(Runnable onLoaded) {
        busy.set(true);
        executor.execute(() -> new Loaded(query.subject(productId), query.history(productId)), loaded -> {
            subject = loaded.subject();
            productName.set(subject.name());
            for (FactRowModel row : facts) {
                row.set(subject.latestAnswers().getOrDefault(row.fact(), FactAnswer.UNANSWERED));
            }
            history.setAll(loaded.history());
            baseline = answers();
            busy.set(false);
            onLoaded.run();
        }, this::fail);
    }

    public boolean aiConfigured() {
        return service.aiConfigured();
    }

    /** Asks the AI endpoint for proposals; the answers already given stay untouched until accepted. */
    public void askAi() {
        if (subject == null || !service.aiConfigured()) {
            return;
        }
        long gen = ++askGeneration;
        asking.set(true);
        aiMessage.set(Messages.get("grade.ai.asking"));
        GradeSubject s = subject;
        executor.execute(() -> service.propose(s), proposals -> {
            if (gen != askGeneration) {
                return;
            }
            asking.set(false);
            for (FactRowModel row : facts) {
                row.proposalProperty().set(proposals.get(row.fact()));
            }
            aiMessage.set(Messages.get("grade.ai.proposed", proposals.size()));
        }, t -> {
            if (gen != askGeneration) {
                return;
            }
            asking.set(false);
            aiMessage.set(t instanceof AiUnavailableException ? Messages.get("grade.ai.failed", t.getMessage())
                : ErrorText.of(t));
        });
    }

    /** Stops waiting for the AI answer; whatever arrives later is ignored. */
    public void cancelAi() {
        askGeneration++;
        asking.set(false);
        aiMessage.set(Messages.get("grade.ai.cancelled"));
    }

    public void accept(PostureFact fact) {
        acceptedAi |= row(fact).accept();
    }

    public void acceptAll() {
        for (FactRowModel row : facts) {
            acceptedAi |= row.accept();
        }
    }

    public void save(Runnable onSaved) {
        busy.set(true);
        error.set("");
        Map<PostureFact, FactAnswer> answers = answers();
        EvaluationSource source = acceptedAi ? EvaluationSource.AI_REVIEWED : EvaluationSource.MANUAL;
        executor.execute(() -> service.save(productId, answers, source), saved -> {
            busy.set(false);
            history.add(0, saved);
            baseline = answers;
            onSaved.run();
        }, this::fail);
    }

    /** True when the answers on screen differ from the last loaded or saved evaluation. */
    public boolean hasUnsavedAnswers() {
        return !answers().equals(baseline);
    }

    public Map<PostureFact, FactAnswer> answers() {
        Map<PostureFact, FactAnswer> m = new EnumMap<>(PostureFact.class);
        for (FactRowModel row : facts) {
            m.put(row.fact(), row.value());
        }
        return m;
    }

    public FactRowModel row(PostureFact fact) {
        return facts.get(fact.ordinal());
    }

    private void rescore() {
        result.set(GradeScoring.evaluate(answers()));
    }

    private void fail(Throwable t) {
        busy.set(false);
        error.set(ErrorText.of(t));
    }

    public List<FactRowModel> facts() { return facts; }
    public ReadOnlyObjectProperty<GradeResult> resultProperty() { return result; }
    public ObservableList<EvaluationRow> history() { return history; }
    public StringProperty productNameProperty() { return productName; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty askingProperty() { return asking; }
    public BooleanProperty hasProposalsProperty() { return hasProposals; }
    public StringProperty errorProperty() { return error; }
    public StringProperty aiMessageProperty() { return aiMessage; }

    private record Loaded(GradeSubject subject, List<EvaluationRow> history) {
    }
}
