package dev.seatledger.core.grade;

import java.util.List;

/** The outcome of scoring a questionnaire: weighted score, letter (after caps), risk and the reasons. */
public record GradeResult(int score, GradeLetter letter, RiskLevel risk, List<String> reasons) {
    public GradeResult {
        reasons = List.copyOf(reasons);
    }

    /** The first {@code n} reasons, for tooltips. */
    public List<String> topReasons(int n) {
        return reasons.subList(0, Math.min(n, reasons.size()));
    }
}
