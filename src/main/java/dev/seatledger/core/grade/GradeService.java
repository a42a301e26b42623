package dev.seatledger.core.grade;

import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.ai.ChatClient;
import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Saves security evaluations: each save scores the answers, keeps the evaluation forever, updates the
 * product's letter, risk and summary, and writes a history entry, all in one transaction. With an AI
 * endpoint it also proposes answers for review.
 */
public class GradeService {
    /** How many reasons the product keeps for tooltips. */
    public static final int SUMMARY_REASONS = 3;
    static final int SUMMARY_MAX = 400;

    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final HistoryRecorder history;
    private final GradeProposer proposer;

    public GradeService(Transactions tx, Clock clock, Operator operator, ChatClient ai) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.history = new HistoryRecorder(clock, operator);
        this.proposer = new GradeProposer(ai);
    }

    /** True when an AI endpoint is configured and proposals can be asked for. */
    public boolean aiConfigured() {
        return proposer.configured();
    }

    /** Asks the AI endpoint for proposed answers; sends only the product's name, publisher and website. */
    public Map<PostureFact, FactAnswer> propose(GradeSubject subject) throws AiUnavailableException {
        return proposer.propose(subject.name(), subject.publisher(), subject.website());
    }

    public EvaluationRow save(long productId, Map<PostureFact, FactAnswer> answers, EvaluationSource source) {
        Map<PostureFact, FactAnswer> clean = validate(answers);
        GradeResult result = GradeScoring.evaluate(clean);
        return tx.write(session -> {
            Product p = session.find(Product.class, productId);
            if (p == null) {
                throw new NotFoundException(Messages.get("catalog.notFound"));
            }
            String before = p.getGradeLetter();
            GradeEvaluation e = new GradeEvaluation(productId, clock.instant(), operator.get(), result,
                AnswersJson.write(clean), source);
            session.persist(e);
            p.setGradeLetter(result.letter().name());
            p.setRiskLevel(result.risk().name());
            p.setGradeSummary(summary(result));
            p.touch(clock.instant(), operator.get());
            history.record(session, SubjectType.PRODUCT, productId, HistoryAction.GRADE,
                Messages.get(before == null ? "grade.history.first" : "grade.history.changed",
                    before, result.letter(), result.score(), result.risk().label()));
            session.flush();
            return GradeQuery.toRow(e);
        });
    }

    static String summary(GradeResult r) {
        String text = Messages.get("grade.summary", r.risk().label(), r.score())
            + r.topReasons(SUMMARY_REASONS).stream().map(s -> "\n• " + s).reduce("", String::concat);
        return text.length() > SUMMARY_MAX ? text.substring(0, SUMMARY_MAX) : text;
    }

    static Map<PostureFact, FactAnswer> validate(Map<PostureFact, FactAnswer> answers) {
        Map<PostureFact, FactAnswer> clean = new EnumMap<>(PostureFact.class);
        for (PostureFact f : PostureFact.values()) {
            FactAnswer a = answers.getOrDefault(f, FactAnswer.UNANSWERED);
            if (a.source() != null && a.source().length() > FactAnswer.SOURCE_MAX) {
                throw ValidationException.of(f.id(),
                    Messages.get("grade.source.tooLong", f.label(), FactAnswer.SOURCE_MAX));
            }
            clean.put(f, a);
        }
        return clean;
    }
}
