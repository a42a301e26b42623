package dev.seatledger.core.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** An audited record that is archived rather than deleted: {@code archived_at/archived_by}, null while live. */
@MappedSuperclass
public abstract class ArchivableEntity extends AuditedEntity {
    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archived_by", length = BY_MAX)
    private String archivedBy;

    protected ArchivableEntity() {
    }

    protected ArchivableEntity(Instant createdAt, String createdBy) {
        super(createdAt, createdBy);
    }

    public Instant getArchivedAt() { return archivedAt; }
    public String getArchivedBy() { return archivedBy; }
    public boolean isArchived() { return archivedAt != null; }

    public void archive(Instant at, String by) {
        archivedAt = at;
        archivedBy = by;
    }

    public void restore() {
        archivedAt = null;
        archivedBy = null;
    }
}
