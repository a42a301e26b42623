package dev.seatledger.core.assignment;

import dev.seatledger.core.license.License;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.people.PersonStatus;
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
 * One seat of a license issued to one person, as queries read it; seats are written by {@code SeatWriter} (one
 * seat) and {@link SeatBatch} (imports and generated data) only. {@code activePersonId} equals the person id while the
 * assignment is active and is null once revoked, so a unique (license, active person) constraint makes
 * a second active seat for the same person impossible in the database.
 */
@Entity
@Table(name = "assignment")
public class Assignment {
    public static final int ACCESS_MAX = 64;
    public static final int ACCOUNT_MAX = 191;
    public static final int NOTES_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "active_person_id")
    private Long activePersonId;

    @Column(name = "access_level", length = ACCESS_MAX)
    private String accessLevel;

    @Column(name = "account_identifier", length = ACCOUNT_MAX)
    private String accountIdentifier;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, length = 120)
    private String assignedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 120)
    private String revokedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "revoke_reason", length = 16)
    private RevokeReason revokeReason;

    /** The holder's name lower-cased, so holders sort by name from an index (see V10). */
    @Column(name = "holder_key", length = 160, updatable = false)
    private String holderKey;

    /** The holder's status, department and last sign-in, so dormancy is judged on the seat (see V11). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "holder_status", length = 16, nullable = false, updatable = false)
    private PersonStatus holderStatus;

    @Column(name = "holder_department", length = 120, updatable = false)
    private String holderDepartment;

    /** The holder's cost centre, so showback groups seats by it on the seat (see V22). */
    @Column(name = "holder_cost_centre", length = 120, updatable = false)
    private String holderCostCentre;

    @Column(name = "holder_sign_in", updatable = false)
    private LocalDate holderSignIn;

    /** The holder's e-mail key, so holders are searched and sorted by e-mail on the seat (see V14). */
    @Column(name = "holder_email", length = Person.EMAIL_MAX, updatable = false)
    private String holderEmail;

    @Column(name = "last_used_at")
    private LocalDate lastUsedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    public Long getId() { return id; }
    public License getLicense() { return license; }
    public Person getPerson() { return person; }
    public String getAccessLevel() { return accessLevel; }
    public String getAccountIdentifier() { return accountIdentifier; }
    public String getNotes() { return notes; }
    public Instant getAssignedAt() { return assignedAt; }
    public String getAssignedBy() { return assignedBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public RevokeReason getRevokeReason() { return revokeReason; }
    public LocalDate getLastUsedAt() { return lastUsedAt; }

    public boolean isActive() {
        return revokedAt == null;
    }

    @Override
    public String toString() {
        return "Assignment[" + id + "]";
    }
}
