package dev.seatledger.core.grade;

import java.time.Instant;
import java.util.List;

/** One line of a product's evaluation history. */
public record EvaluationRow(long id, Instant evaluatedAt, String evaluatedBy, int score, String letter,
                            String riskLevel, EvaluationSource source, List<String> reasons) {
}
