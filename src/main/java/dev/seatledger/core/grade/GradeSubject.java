package dev.seatledger.core.grade;

import java.util.Map;

/**
 * What the grade dialog starts from: the product's public facts (the only data ever sent to an AI endpoint)
 * and the answers of its latest evaluation, empty when it was never evaluated.
 */
public record GradeSubject(long productId, String name, String publisher, String website,
                           String gradeLetter, String riskLevel, Map<PostureFact, FactAnswer> latestAnswers) {
    public GradeSubject {
        latestAnswers = Map.copyOf(latestAnswers);
    }
}
