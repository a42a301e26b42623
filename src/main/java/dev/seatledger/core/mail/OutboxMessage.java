package dev.seatledger.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message to a seat holder waiting to be sent by SMTP or exported as an .eml file. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
    @Id
    /** From a sequence handing out 50 ids at a time, so Hibernate batches the inserts (ADR 0023). */
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "to_email", nullable = false, length = 254)
    private String toEmail;

    @Column(name = "to_name", length = 160)
    private String toName;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(nullable = false, length = 24)
    private String kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "exported_at")
    private Instant exportedAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMessage() {
    }

    public OutboxMessage(String toEmail, String toName, String subject, String body, String kind, Instant at, String by) {
        this.toEmail = toEmail;
        this.toName = toName;
        this.subject = subject;
        this.body = body;
        this.kind = kind;
        this.createdAt = at;
        this.createdBy = by;
    }

    public Long getId() { return id; }
    public String getToEmail() { return toEmail; }
    public String getToName() { return toName; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getKind() { return kind; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public void markSent(Instant at) { sentAt = at; lastError = null; }
    public void markExported(Instant at) { exportedAt = at; }
    public void markFailed(String error) { lastError = error; }
}
