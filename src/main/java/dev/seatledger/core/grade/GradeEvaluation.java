package dev.seatledger.core.grade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One saved evaluation of a product's security posture; rows are never updated or deleted. */
@Entity
@Table(name = "grade_evaluation")
public class GradeEvaluation {
    public static final int REASONS_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Column(name = "evaluated_by", nullable = false, length = 120)
    private String evaluatedBy;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false, length = 1)
    private String letter;

    @Column(name = "risk_level", nullable = false, length = 16)
    private String riskLevel;

    /** The answers as JSON: {"sso_saml": {"answer": "yes", "source": "..."}, ...}. */
    @Column(nullable = false, length = 20000)
    private String answers;

    /** One reason per line. */
    @Column(length = REASONS_MAX)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvaluationSource source;

    @Version
    private long version;

    protected GradeEvaluation() {
    }

    public GradeEvaluation(long productId, Instant evaluatedAt, String evaluatedBy, GradeResult result,
                           String answersJson, EvaluationSource source) {
        this.productId = productId;
        this.evaluatedAt = evaluatedAt;
        this.evaluatedBy = evaluatedBy;
        this.score = result.score();
        this.letter = result.letter().name();
        this.riskLevel = result.risk().name();
        this.answers = answersJson;
        String joined = String.join("\n", result.reasons());
        this.reasons = joined.length() > REASONS_MAX ? joined.substring(0, REASONS_MAX) : joined;
        this.source = source;
    }

    public Long getId() { return id; }
    public long getProductId() { return productId; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
    public String getEvaluatedBy() { return evaluatedBy; }
    public int getScore() { return score; }
    public String getLetter() { return letter; }
    public String getRiskLevel() { return riskLevel; }
    public String getAnswers() { return answers; }
    public String getReasons() { return reasons; }
    public EvaluationSource getSource() { return source; }
}
