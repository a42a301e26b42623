package dev.seatledger.core.finance;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The review-meeting outcome for a license's upcoming renewal: what to do, how many seats, and why. */
@Entity
@Table(name = "renewal_decision")
public class RenewalDecision {
    public static final int NOTES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Decision decision = Decision.UNDECIDED;

    @Column(name = "target_seats")
    private Integer targetSeats;

    /** The price change expected at renewal, in percent (V22); "Renew…" applies it to the next term's price. */
    @Column(name = "price_change_pct", precision = 7, scale = 2)
    private java.math.BigDecimal priceChangePercent;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    @Version
    private long version;

    protected RenewalDecision() {
    }

    public RenewalDecision(License license) {
        this.license = license;
    }

    public Long getId() { return id; }
    public License getLicense() { return license; }
    public Decision getDecision() { return decision; }
    public Integer getTargetSeats() { return targetSeats; }
    public java.math.BigDecimal getPriceChangePercent() { return priceChangePercent; }
    public void setPriceChangePercent(java.math.BigDecimal v) { priceChangePercent = v; }
    public String getNotes() { return notes; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }

    public void update(Decision decision, Integer targetSeats, String notes, Instant at, String by) {
        this.decision = decision;
        this.targetSeats = targetSeats;
        this.notes = notes;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
