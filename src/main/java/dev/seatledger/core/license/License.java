package dev.seatledger.core.license;

import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.common.ArchivableEntity;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A commercial agreement for one product: a pool of seats with cost, billing cycle and dates. */
@Entity
@Table(name = "license")
public class License extends ArchivableEntity {
    public static final int NAME_MAX = 120;
    public static final int REF_MAX = 64;
    public static final int OWNER_MAX = 120;
    public static final int EDITION_MAX = 60;
    public static final int NOTES_MAX = 2000;
    public static final int KEY_MAX = 512;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(length = NAME_MAX)
    private String name;

    @Column(name = "seats_total")
    private Integer seatsTotal;

    @Column(name = "seats_used", nullable = false)
    private int seatsUsed;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "seat_type", nullable = false, length = 16)
    private SeatType seatType = SeatType.USER;

    @Column(name = "cost_per_seat", precision = 19, scale = 4)
    private BigDecimal costPerSeat;

    @Column(name = "total_cost", precision = 19, scale = 4)
    private BigDecimal totalCost;

    @Column(name = "custom_annual_cost", precision = 19, scale = 4)
    private BigDecimal customAnnualCost;

    @Column(nullable = false, length = 3)
    private String currency = "EUR";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "billing_cycle", nullable = false, length = 16)
    private BillingCycle billingCycle = BillingCycle.ANNUAL;

    @Column(name = "purchase_date")
    private LocalDate purchaseDate;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "renewal_date")
    private LocalDate renewalDate;

    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;

    @Column(name = "renewal_notice_days", nullable = false)
    private int renewalNoticeDays = 30;

    @Column(name = "next_audit_date")
    private LocalDate nextAuditDate;

    @Column(name = "business_owner", length = OWNER_MAX)
    private String businessOwner;

    /** AES-GCM ciphertext (Base64); never the clear key. */
    @Column(name = "license_key_enc", length = 1024)
    private String licenseKeyEncrypted;

    @Column(name = "purchase_order", length = REF_MAX)
    private String purchaseOrder;

    @Column(name = "invoice_number", length = REF_MAX)
    private String invoiceNumber;

    @Column(length = EDITION_MAX)
    private String edition;

    @Column(name = "product_version", length = EDITION_MAX)
    private String productVersion;

    @Column(length = OWNER_MAX)
    private String vendor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private LicenseStatus status = LicenseStatus.ACTIVE;

    @Column(length = NOTES_MAX)
    private String notes;

    @Version
    private long version;

    protected License() {
    }

    public License(Product product, Instant createdAt, String createdBy) {
        super(createdAt, createdBy);
        this.product = product;
    }

    public Long getId() { return id; }
    public Product getProduct() { return product; }
    public void setProduct(Product product) { this.product = product; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getSeatsTotal() { return seatsTotal; }
    public void setSeatsTotal(Integer seatsTotal) { this.seatsTotal = seatsTotal; }
    public int getSeatsUsed() { return seatsUsed; }
    public void setSeatsUsed(int seatsUsed) { this.seatsUsed = Math.max(0, seatsUsed); }
    public SeatType getSeatType() { return seatType; }
    public void setSeatType(SeatType seatType) { this.seatType = seatType; }
    public BigDecimal getCostPerSeat() { return costPerSeat; }
    public void setCostPerSeat(BigDecimal costPerSeat) { this.costPerSeat = costPerSeat; }
    public BigDecimal getTotalCost() { return totalCost; }
    public void setTotalCost(BigDecimal totalCost) { this.totalCost = totalCost; }
    public BigDecimal getCustomAnnualCost() { return customAnnualCost; }
    public void setCustomAnnualCost(BigDecimal customAnnualCost) { this.customAnnualCost = customAnnualCost; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public BillingCycle getBillingCycle() { return billingCycle; }
    public void setBillingCycle(BillingCycle billingCycle) { this.billingCycle = billingCycle; }
    public LocalDate getPurchaseDate() { return purchaseDate; }
    public void setPurchaseDate(LocalDate purchaseDate) { this.purchaseDate = purchaseDate; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public void setExpiryDate(LocalDate expiryDate) { this.expiryDate = expiryDate; }
    public LocalDate getRenewalDate() { return renewalDate; }
    public void setRenewalDate(LocalDate renewalDate) { this.renewalDate = renewalDate; }
    public boolean isAutoRenew() { return autoRenew; }
    public void setAutoRenew(boolean autoRenew) { this.autoRenew = autoRenew; }
    public int getRenewalNoticeDays() { return renewalNoticeDays; }
    public void setRenewalNoticeDays(int renewalNoticeDays) { this.renewalNoticeDays = renewalNoticeDays; }
    public LocalDate getNextAuditDate() { return nextAuditDate; }
    public void setNextAuditDate(LocalDate v) { nextAuditDate = v; }
    public String getBusinessOwner() { return businessOwner; }
    public void setBusinessOwner(String businessOwner) { this.businessOwner = businessOwner; }
    public String getLicenseKeyEncrypted() { return licenseKeyEncrypted; }
    public void setLicenseKeyEncrypted(String licenseKeyEncrypted) { this.licenseKeyEncrypted = licenseKeyEncrypted; }
    public String getPurchaseOrder() { return purchaseOrder; }
    public void setPurchaseOrder(String purchaseOrder) { this.purchaseOrder = purchaseOrder; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    public String getProductVersion() { return productVersion; }
    public void setProductVersion(String productVersion) { this.productVersion = productVersion; }
    public String getVendor() { return vendor; }
    public void setVendor(String vendor) { this.vendor = vendor; }
    public LicenseStatus getStatus() { return status; }
    public void setStatus(LicenseStatus status) { this.status = status; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }

    public boolean isUnlimited() {
        return seatType == SeatType.UNLIMITED;
    }

    @Override
    public String toString() {
        return "License[" + id + ", " + name + ", " + status + "]";
    }
}
