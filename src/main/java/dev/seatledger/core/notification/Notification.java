package dev.seatledger.core.notification;

import dev.seatledger.core.history.SubjectType;
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

/** One notification for one operator; (operator, dedupe key) is unique so a source never repeats itself. */
@Entity
@Table(name = "notification")
public class Notification {
    @Id
    /** From a sequence handing out 50 ids at a time, so Hibernate batches the inserts (ADR 0023). */
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 120)
    private String operator;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private NotificationKind kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 1000)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "record_type", length = 16)
    private SubjectType recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "dedupe_key", nullable = false, length = 200)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(nullable = false)
    private boolean toasted;

    protected Notification() {
    }

    public Notification(String operator, NotificationKind kind, String subject, String body, SubjectType recordType,
                        Long recordId, String dedupeKey, Instant createdAt) {
        this.operator = operator;
        this.kind = kind;
        this.subject = subject.length() > 200 ? subject.substring(0, 199) + "…" : subject;
        this.body = body == null || body.length() <= 1000 ? body : body.substring(0, 999) + "…";
        this.recordType = recordType;
        this.recordId = recordId;
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getOperator() { return operator; }
    public NotificationKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public SubjectType getRecordType() { return recordType; }
    public Long getRecordId() { return recordId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public boolean isToasted() { return toasted; }
    public void markRead(Instant at) { if (readAt == null) { readAt = at; } }
    public void markToasted() { toasted = true; }
}
