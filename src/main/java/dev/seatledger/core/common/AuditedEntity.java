package dev.seatledger.core.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Who created a record and who changed it last, in the {@code created_at/created_by/updated_at/updated_by} columns
 * every audited table has. A mapped superclass rather than an embeddable keeps the attribute names flat, so queries
 * keep saying {@code p.createdAt}.
 */
@MappedSuperclass
public abstract class AuditedEntity {
    public static final int BY_MAX = 120;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = BY_MAX)
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = BY_MAX)
    private String updatedBy;

    protected AuditedEntity() {
    }

    protected AuditedEntity(Instant createdAt, String createdBy) {
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }

    /** Records a change: when and by which operator. */
    public void touch(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }
}
