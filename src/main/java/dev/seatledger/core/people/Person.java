package dev.seatledger.core.people;

import dev.seatledger.core.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A seat holder. */
@Entity
@Table(name = "person")
public class Person extends AuditedEntity {
    public static final int NAME_MAX = 160;
    public static final int EMAIL_MAX = 254;
    public static final int TEXT_MAX = 120;
    public static final int EMPLOYEE_ID_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    /** The name lower-cased, so the People list reads people in name order from an index (V16). */
    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "email_key", nullable = false, length = EMAIL_MAX)
    private String emailKey;

    @Column(length = TEXT_MAX)
    private String department;

    /** Cost centre and division as the directory names them (V22); showback groups seats by cost centre. */
    @Column(name = "cost_centre", length = TEXT_MAX)
    private String costCentre;

    @Column(length = TEXT_MAX)
    private String division;

    @Column(name = "job_title", length = TEXT_MAX)
    private String jobTitle;

    @Column(length = NAME_MAX)
    private String manager;

    @Column(name = "employee_id", length = EMPLOYEE_ID_MAX)
    private String employeeId;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private PersonStatus status = PersonStatus.ACTIVE;

    @Column(name = "last_sign_in")
    private LocalDate lastSignIn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private PersonSource source = PersonSource.MANUAL;

    @Column(name = "offboarded_at")
    private Instant offboardedAt;

    @Column(name = "offboarded_by", length = 120)
    private String offboardedBy;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String displayName, String email, Instant createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.displayName = displayName;
        this.email = email;
    }

    @PrePersist
    @PreUpdate
    void syncKeys() {
        emailKey = normalizeEmail(email);
        nameKey = nameKey(displayName);
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() { return id; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; syncKeys(); }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; syncKeys(); }
    public String getDepartment() { return department; }
    public void setDepartment(String v) { department = v; }
    public String getCostCentre() { return costCentre; }
    public void setCostCentre(String v) { costCentre = v; }
    public String getDivision() { return division; }
    public void setDivision(String v) { division = v; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String v) { jobTitle = v; }
    public String getManager() { return manager; }
    public void setManager(String v) { manager = v; }
    public String getEmployeeId() { return employeeId; }
    public void setEmployeeId(String v) { employeeId = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public PersonStatus getStatus() { return status; }
    public void setStatus(PersonStatus v) { status = v; }
    public LocalDate getLastSignIn() { return lastSignIn; }
    public void setLastSignIn(LocalDate v) { lastSignIn = v; }
    public PersonSource getSource() { return source; }
    public void setSource(PersonSource v) { source = v; }
    public Instant getOffboardedAt() { return offboardedAt; }
    public String getOffboardedBy() { return offboardedBy; }
    public void markOffboarded(Instant at, String by) {
        status = PersonStatus.OFFBOARDED;
        offboardedAt = at;
        offboardedBy = by;
    }

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }

    /** A name as the holders list sorts it (kept on each seat as {@code assignment.holder_key}). */
    public static String nameKey(String displayName) {
        return displayName == null ? null : displayName.toLowerCase(java.util.Locale.ROOT);
    }
}
