package dev.seatledger.core.audit;

import dev.seatledger.core.license.License;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A users audit of one license. {@code openLicenseId} is set only while the audit is in progress,
 * so the database allows one open audit per license.
 */
@Entity
@Table(name = "usage_audit")
public class UsageAudit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @Column(name = "open_license_id")
    private Long openLicenseId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private AuditStatus status = AuditStatus.IN_PROGRESS;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 120)
    private String startedBy;

    @Column(name = "before_count", nullable = false)
    private int beforeCount;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "finished_by", length = 120)
    private String finishedBy;

    @Column(name = "after_count")
    private Integer afterCount;

    @Column
    private Integer delta;

    @Column(length = 2000)
    private String notes;

    @Column(name = "next_audit_date")
    private LocalDate nextAuditDate;

    @Version
    private long version;

    protected UsageAudit() {
    }

    public UsageAudit(License license, int beforeCount, Instant at, String by) {
        this.license = license;
        this.openLicenseId = license.getId();
        this.beforeCount = beforeCount;
        this.startedAt = at;
        this.startedBy = by;
    }

    public void complete(int after, String notes, LocalDate next, Instant at, String by) {
        status = AuditStatus.COMPLETED;
        afterCount = after;
        delta = after - beforeCount;
        this.notes = notes;
        nextAuditDate = next;
        finish(at, by);
    }

    public void cancel(String notes, Instant at, String by) {
        status = AuditStatus.CANCELLED;
        this.notes = notes;
        finish(at, by);
    }

    private void finish(Instant at, String by) {
        finishedAt = at;
        finishedBy = by;
        openLicenseId = null;
    }

    public Long getId() { return id; }
    public License getLicense() { return license; }
    public AuditStatus getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public String getStartedBy() { return startedBy; }
    public int getBeforeCount() { return beforeCount; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getFinishedBy() { return finishedBy; }
    public Integer getAfterCount() { return afterCount; }
    public Integer getDelta() { return delta; }
    public String getNotes() { return notes; }
    public LocalDate getNextAuditDate() { return nextAuditDate; }
}
