package dev.seatledger.core.license;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One term of a license as it was agreed: dates, seats and price, currency, billing cycle, PO, invoice and the
 * contract document (V22, ADR 0045). Seats added inside the term are {@link LicenseAmendment}s; the figures here
 * stay as agreed. Only the license form edits a term, and only the current one.
 */
@Entity
@Table(name = "license_term")
public class LicenseTerm {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "license_id", nullable = false)
    private long licenseId;

    /** 1 for the first term, then one more for each renewal. */
    @Column(name = "term_no", nullable = false)
    private int termNo;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "seats_total")
    private Integer seatsTotal;

    @Column(name = "cost_per_seat", precision = 19, scale = 4)
    private BigDecimal costPerSeat;

    @Column(name = "total_cost", precision = 19, scale = 4)
    private BigDecimal totalCost;

    @Column(name = "custom_annual_cost", precision = 19, scale = 4)
    private BigDecimal customAnnualCost;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "billing_cycle", nullable = false, length = 16)
    private BillingCycle billingCycle;

    @Column(name = "purchase_order", length = License.REF_MAX)
    private String purchaseOrder;

    @Column(name = "invoice_number", length = License.REF_MAX)
    private String invoiceNumber;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    @Version
    private long version;

    protected LicenseTerm() {
    }

    public LicenseTerm(long licenseId, int termNo, Instant createdAt, String createdBy) {
        this.licenseId = licenseId;
        this.termNo = termNo;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() { return id; }
    public long getLicenseId() { return licenseId; }
    public int getTermNo() { return termNo; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public Integer getSeatsTotal() { return seatsTotal; }
    public void setSeatsTotal(Integer v) { seatsTotal = v; }
    public BigDecimal getCostPerSeat() { return costPerSeat; }
    public void setCostPerSeat(BigDecimal v) { costPerSeat = v; }
    public BigDecimal getTotalCost() { return totalCost; }
    public void setTotalCost(BigDecimal v) { totalCost = v; }
    public BigDecimal getCustomAnnualCost() { return customAnnualCost; }
    public void setCustomAnnualCost(BigDecimal v) { customAnnualCost = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
    public BillingCycle getBillingCycle() { return billingCycle; }
    public void setBillingCycle(BillingCycle v) { billingCycle = v; }
    public String getPurchaseOrder() { return purchaseOrder; }
    public void setPurchaseOrder(String v) { purchaseOrder = v; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String v) { invoiceNumber = v; }
    public Long getDocumentId() { return documentId; }
    public void setDocumentId(Long v) { documentId = v; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }

    /** The term as plain figures, for the rules that pick the current term and price it. */
    public TermFigures figures() {
        return new TermFigures(termNo, startDate, endDate, seatsTotal, costPerSeat, totalCost, customAnnualCost,
            currency, billingCycle);
    }
}
