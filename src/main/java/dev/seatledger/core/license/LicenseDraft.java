package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The license form as typed. {@code licenseKey}: null keeps the stored key on edit, blank removes it.
 * {@link #toString()} never shows the key.
 */
public record LicenseDraft(
    Long productId, String name, Integer seatsTotal, SeatType seatType,
    BigDecimal costPerSeat, BigDecimal totalCost, BigDecimal customAnnualCost, String currency,
    BillingCycle billingCycle, LocalDate purchaseDate, LocalDate startDate, LocalDate expiryDate,
    LocalDate renewalDate, boolean autoRenew, Integer renewalNoticeDays, String businessOwner,
    String licenseKey, String purchaseOrder, String invoiceNumber, String edition, String productVersion,
    String vendor, LicenseStatus status, String notes) {

    /** A draft with the seed's defaults: 1 seat, user seats, EUR, annual, 30 days notice, active. */
    public static LicenseDraft defaults(Long productId) {
        return new LicenseDraft(productId, null, 1, SeatType.USER, null, null, null, "EUR", BillingCycle.ANNUAL,
            null, null, null, null, false, 30, null, null, null, null, null, null, null, LicenseStatus.ACTIVE, null);
    }

    public LicenseDraft withName(String v) { return copy().name(v).build(); }
    public LicenseDraft withSeats(Integer total, SeatType type) { return copy().seatsTotal(total).seatType(type).build(); }
    public LicenseDraft withCost(BigDecimal perSeat, BigDecimal total) { return copy().costPerSeat(perSeat).totalCost(total).build(); }
    public LicenseDraft withCurrency(String v) { return copy().currency(v).build(); }
    public LicenseDraft withCycle(BillingCycle v) { return copy().billingCycle(v).build(); }
    public LicenseDraft withDates(LocalDate purchase, LocalDate start, LocalDate expiry, LocalDate renewal) {
        return copy().purchaseDate(purchase).startDate(start).expiryDate(expiry).renewalDate(renewal).build();
    }
    public LicenseDraft withNoticeDays(Integer v) { return copy().renewalNoticeDays(v).build(); }
    public LicenseDraft withStatus(LicenseStatus v) { return copy().status(v).build(); }
    public LicenseDraft withKey(String v) { return copy().licenseKey(v).build(); }
    public LicenseDraft withOwner(String v) { return copy().businessOwner(v).build(); }
    public LicenseDraft withReferences(String po, String invoice) { return copy().purchaseOrder(po).invoiceNumber(invoice).build(); }

    public Builder copy() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "LicenseDraft[product=" + productId + ", name=" + name + ", seats=" + seatsTotal + ", status=" + status
            + ", key=" + (licenseKey == null ? "unchanged" : KeyMask.mask(licenseKey)) + "]";
    }

    /** Field-by-field copy helper for forms and importers. */
    public static final class Builder {
        private Long productId; private String name; private Integer seatsTotal; private SeatType seatType;
        private BigDecimal costPerSeat; private BigDecimal totalCost; private BigDecimal customAnnualCost;
        private String currency; private BillingCycle billingCycle; private LocalDate purchaseDate;
        private LocalDate startDate; private LocalDate expiryDate; private LocalDate renewalDate;
        private boolean autoRenew; private Integer renewalNoticeDays; private String businessOwner;
        private String licenseKey; private String purchaseOrder; private String invoiceNumber; private String edition;
        private String productVersion; private String vendor; private LicenseStatus status; private String notes;

        Builder(LicenseDraft d) {
            productId = d.productId; name = d.name; seatsTotal = d.seatsTotal; seatType = d.seatType;
            costPerSeat = d.costPerSeat; totalCost = d.totalCost; customAnnualCost = d.customAnnualCost;
            currency = d.currency; billingCycle = d.billingCycle; purchaseDate = d.purchaseDate;
            startDate = d.startDate; expiryDate = d.expiryDate; renewalDate = d.renewalDate; autoRenew = d.autoRenew;
            renewalNoticeDays = d.renewalNoticeDays; businessOwner = d.businessOwner; licenseKey = d.licenseKey;
            purchaseOrder = d.purchaseOrder; invoiceNumber = d.invoiceNumber; edition = d.edition;
            productVersion = d.productVersion; vendor = d.vendor; status = d.status; notes = d.notes;
        }

        public Builder productId(Long v) { productId = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder seatsTotal(Integer v) { seatsTotal = v; return this; }
        public Builder seatType(SeatType v) { seatType = v; return this; }
        public Builder costPerSeat(BigDecimal v) { costPerSeat = v; return this; }
        public Builder totalCost(BigDecimal v) { totalCost = v; return this; }
        public Builder customAnnualCost(BigDecimal v) { customAnnualCost = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder billingCycle(BillingCycle v) { billingCycle = v; return this; }
        public Builder purchaseDate(LocalDate v) { purchaseDate = v; return this; }
        public Builder startDate(LocalDate v) { startDate = v; return this; }
        public Builder expiryDate(LocalDate v) { expiryDate = v; return this; }
        public Builder renewalDate(LocalDate v) { renewalDate = v; return this; }
        public Builder autoRenew(boolean v) { autoRenew = v; return this; }
        public Builder renewalNoticeDays(Integer v) { renewalNoticeDays = v; return this; }
        public Builder businessOwner(String v) { businessOwner = v; return this; }
        public Builder licenseKey(String v) { licenseKey = v; return this; }
        public Builder purchaseOrder(String v) { purchaseOrder = v; return this; }
        public Builder invoiceNumber(String v) { invoiceNumber = v; return this; }
        public Builder edition(String v) { edition = v; return this; }
        public Builder productVersion(String v) { productVersion = v; return this; }
        public Builder vendor(String v) { vendor = v; return this; }
        public Builder status(LicenseStatus v) { status = v; return this; }
        public Builder notes(String v) { notes = v; return this; }

        public LicenseDraft build() {
            return new LicenseDraft(productId, name, seatsTotal, seatType, costPerSeat, totalCost, customAnnualCost,
                currency, billingCycle, purchaseDate, startDate, expiryDate, renewalDate, autoRenew, renewalNoticeDays,
                businessOwner, licenseKey, purchaseOrder, invoiceNumber, edition, productVersion, vendor, status, notes);
        }
    }
}
