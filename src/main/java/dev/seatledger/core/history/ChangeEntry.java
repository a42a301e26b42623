package dev.seatledger.core.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recorded change: who did what to which record, and which fields changed from what to what. */
@Entity
@Table(name = "change_log")
public class ChangeEntry {
    public static final int SUMMARY_MAX = 4000;

    @Id
    /** From a sequence handing out 50 ids at a time, so Hibernate batches the inserts (ADR 0023). */
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
    @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_type", nullable = false, length = 16)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = 24)
    private String action;

    @Column(length = SUMMARY_MAX)
    private String summary;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    protected ChangeEntry() {
    }

    public ChangeEntry(SubjectType type, long id, String action, String summary, Instant at, String by) {
        this.subjectType = type;
        this.subjectId = id;
        this.action = action;
        this.summary = summary == null || summary.length() <= SUMMARY_MAX ? summary
            : summary.substring(0, SUMMARY_MAX - 1) + "…";
        this.changedAt = at;
        this.changedBy = by;
    }

    public Long getId() { return id; }
    public SubjectType getSubjectType() { return subjectType; }
    public long getSubjectId() { return subjectId; }
    public String getAction() { return action; }
    public String getSummary() { return summary; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
}
