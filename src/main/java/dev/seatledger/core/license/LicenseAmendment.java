package dev.seatledger.core.license;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Seats added inside a term from a date (V22): the price per seat per billing cycle they were bought at and the
 * cost prorated by days to the term's end, as recorded then. Never changed afterwards.
 */
@Entity
@Table(name = "license_amendment")
public class LicenseAmendment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "license_id", nullable = false)
    private long licenseId;

    @Column(name = "term_id", nullable = false)
    private long termId;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "seats_added", nullable = false)
    private int seatsAdded;

    @Column(name = "cost_per_seat", precision = 19, scale = 4)
    private BigDecimal costPerSeat;

    @Column(name = "prorated_cost", precision = 19, scale = 4)
    private BigDecimal proratedCost;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "purchase_order", length = License.REF_MAX)
    private String purchaseOrder;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    protected LicenseAmendment() {
    }

    public LicenseAmendment(long licenseId, long termId, Amendment a, String purchaseOrder, Instant createdAt,
                            String createdBy) {
        this.licenseId = licenseId;
        this.termId = termId;
        this.effectiveDate = a.from();
        this.seatsAdded = a.seats();
        this.costPerSeat = a.pricePerSeat();
        this.proratedCost = a.proratedCost();
        this.currency = a.currency();
        this.purchaseOrder = purchaseOrder;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public long getLicenseId() { return licenseId; }
    public long getTermId() { return termId; }
    public String getPurchaseOrder() { return purchaseOrder; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }

    public Amendment amendment() {
        return new Amendment(effectiveDate, seatsAdded, costPerSeat, proratedCost, currency);
    }
}
