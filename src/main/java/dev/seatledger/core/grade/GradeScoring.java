package dev.seatledger.core.grade;

import dev.seatledger.core.common.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Pure scoring of a questionnaire (docs/adr/0015): each fact answered with its good answer earns its weight;
 * a bad or unknown answer earns nothing and becomes a reason. Two answers cap the letter whatever the score:
 * a breach in the last 3 years (at most C) and no encryption in transit (F).
 */
public final class GradeScoring {
    public static final GradeLetter BREACH_CAP = GradeLetter.C;
    public static final GradeLetter NO_TRANSIT_ENCRYPTION_CAP = GradeLetter.F;

    private GradeScoring() {
    }

    public static GradeResult evaluate(Map<PostureFact, FactAnswer> answers) {
        int score = 0;
        List<PostureFact> lost = new ArrayList<>();
        for (PostureFact f : PostureFact.values()) {
            Answer a = answerOf(answers, f);
            if (a == f.goodAnswer()) {
                score += f.weight();
            } else {
                lost.add(f);
            }
        }
        lost.sort(Comparator.comparingInt(PostureFact::weight).reversed());
        List<String> reasons = new ArrayList<>();
        GradeLetter letter = GradeLetter.forScore(score);
        if (answerOf(answers, PostureFact.ENCRYPTION_IN_TRANSIT) == Answer.NO
                && letter.ordinal() < NO_TRANSIT_ENCRYPTION_CAP.ordinal()) {
            letter = NO_TRANSIT_ENCRYPTION_CAP;
            reasons.add(Messages.get("grade.cap.transit", letter));
        }
        if (answerOf(answers, PostureFact.BREACH_LAST_3_YEARS) == Answer.YES
                && letter.ordinal() < BREACH_CAP.ordinal()) {
            letter = BREACH_CAP;
            reasons.add(Messages.get("grade.cap.breach", letter));
        }
        for (PostureFact f : lost) {
            reasons.add(reason(f, answerOf(answers, f)));
        }
        return new GradeResult(score, letter, letter.risk(), reasons);
    }

    static String reason(PostureFact f, Answer given) {
        String key = given == Answer.UNKNOWN ? "grade.reason.unknown"
            : f.goodAnswer() == Answer.NO ? "grade.reason.present" : "grade.reason.missing";
        return Messages.get(key, f.label(), f.weight());
    }

    private static Answer answerOf(Map<PostureFact, FactAnswer> answers, PostureFact f) {
        FactAnswer a = answers.get(f);
        return a == null ? Answer.UNKNOWN : a.answer();
    }
}
