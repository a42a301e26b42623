package dev.seatledger.core.grade;

/**
 * The letter for a score 0–100: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, E ≥ 50, F below 50.
 * Each letter maps to one risk level.
 */
public enum GradeLetter {
    A(90, RiskLevel.LOW), B(80, RiskLevel.LOW), C(70, RiskLevel.MEDIUM), D(60, RiskLevel.HIGH),
    E(50, RiskLevel.HIGH), F(0, RiskLevel.CRITICAL);

    private final int minScore;
    private final RiskLevel risk;

    GradeLetter(int minScore, RiskLevel risk) {
        this.minScore = minScore;
        this.risk = risk;
    }

    public int minScore() { return minScore; }
    public RiskLevel risk() { return risk; }

    public static GradeLetter forScore(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0..100: " + score);
        }
        for (GradeLetter g : values()) {
            if (score >= g.minScore) {
                return g;
            }
        }
        return F;
    }

    /** The worse of two letters. */
    public GradeLetter atMost(GradeLetter cap) {
        return ordinal() >= cap.ordinal() ? this : cap;
    }
}
