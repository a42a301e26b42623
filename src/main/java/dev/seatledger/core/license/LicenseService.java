package dev.seatledger.core.license;

import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.SecretCipher;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import java.time.Clock;
import dev.seatledger.core.history.FieldDiff;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.telemetry.TelemetryLink;
import org.hibernate.Session;

/** Create, edit, archive and restore licenses; the license key is encrypted before it is stored. */
public class LicenseService {
    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final SecretCipher cipher;

    public LicenseService(Transactions tx, Clock clock, Operator operator, SecretCipher cipher) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.cipher = cipher;
        this.history = new HistoryRecorder(clock, operator);
    }

    private final HistoryRecorder history;

    private FieldDiff snapshot(License l, String clearKey) {
        return new FieldDiff()
            .put(Messages.get("license.field.product"), l.getProduct().getName())
            .put(Messages.get("license.field.name"), l.getName())
            .put(Messages.get("license.field.seatType"), l.getSeatType())
            .put(Messages.get("license.field.seatsTotal"), l.getSeatsTotal())
            .put(Messages.get("license.field.costPerSeat"), plain(l.getCostPerSeat()))
            .put(Messages.get("license.field.totalCost"), plain(l.getTotalCost()))
            .put(Messages.get("license.field.customAnnual"), plain(l.getCustomAnnualCost()))
            .put(Messages.get("license.field.currency"), l.getCurrency())
            .put(Messages.get("license.field.cycle"), l.getBillingCycle())
            .put(Messages.get("license.field.purchaseDate"), l.getPurchaseDate())
            .put(Messages.get("license.field.startDate"), l.getStartDate())
            .put(Messages.get("license.field.expiryDate"), l.getExpiryDate())
            .put(Messages.get("license.field.renewalDate"), l.getRenewalDate())
            .put(Messages.get("license.field.autoRenew"), l.isAutoRenew())
            .put(Messages.get("license.field.notice"), l.getRenewalNoticeDays())
            .put(Messages.get("license.field.owner"), l.getBusinessOwner())
            .secret(Messages.get("license.field.key"), clearKey)
            .put(Messages.get("license.field.po"), l.getPurchaseOrder())
            .put(Messages.get("license.field.invoice"), l.getInvoiceNumber())
            .put(Messages.get("license.field.edition"), l.getEdition())
            .put(Messages.get("license.field.version"), l.getProductVersion())
            .put(Messages.get("license.field.vendor"), l.getVendor())
            .put(Messages.get("license.field.status"), l.getStatus())
            .put(Messages.get("license.field.notes"), l.getNotes());
    }

    private static String plain(java.math.BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros().toPlainString();
    }

    private String clearKey(License l) {
        return l.getLicenseKeyEncrypted() == null ? null : cipher.decrypt(l.getLicenseKeyEncrypted());
    }

    public SaveResult create(LicenseDraft draft) {
        LicenseDraft d = LicenseRules.normalize(draft);
        LicenseRules.validate(d);
        String encrypted = d.licenseKey() == null || d.licenseKey().isEmpty() ? null : cipher.encrypt(d.licenseKey());
        long id = tx.write(session -> {
            Product product = liveProduct(session, d.productId());
            License l = new License(product, clock.instant(), operator.get());
            apply(l, d);
            l.setLicenseKeyEncrypted(encrypted);
            session.persist(l);
            session.flush();
            session.persist(LicenseTerms.firstFromRow(l, l.getCreatedAt(), l.getCreatedBy()));
            history.record(session, SubjectType.LICENSE, l.getId(), HistoryAction.CREATE,
                l.getName() == null ? product.getName() : product.getName() + " — " + l.getName());
            return l.getId();
        });
        return new SaveResult(id, LicenseRules.warnings(d));
    }

    public SaveResult update(long id, LicenseDraft draft) {
        LicenseDraft d = LicenseRules.normalize(draft);
        LicenseRules.validate(d);
        String encrypted = d.licenseKey() == null || d.licenseKey().isEmpty() ? null : cipher.encrypt(d.licenseKey());
        tx.run(session -> {
            License l = load(session, id);
            String oldKey = clearKey(l);
            FieldDiff before = snapshot(l, oldKey);
            boolean productChanged = !l.getProduct().getId().equals(d.productId());
            if (productChanged) {
                l.setProduct(liveProduct(session, d.productId()));
            }
            apply(l, d);
            if (d.licenseKey() != null) {
                l.setLicenseKeyEncrypted(encrypted);
            }
            l.touch(clock.instant(), operator.get());
            LicenseTerms.followEdit(session, l, clock.instant(), operator.get(), java.time.LocalDate.now(clock));
            history.recordEdit(session, SubjectType.LICENSE, id, before,
                snapshot(l, d.licenseKey() == null || d.licenseKey().isEmpty() && oldKey == null ? oldKey
                    : d.licenseKey().isEmpty() ? null : d.licenseKey()));
            if (productChanged) {
                session.flush();
                session.doWork(c -> TelemetryLink.refreshLicense(c, id));
            }
        });
        return new SaveResult(id, LicenseRules.warnings(d));
    }

    public void archive(long id) {
        tx.run(session -> {
            License l = load(session, id);
            if (!l.isArchived()) {
                l.archive(clock.instant(), operator.get());
                history.record(session, SubjectType.LICENSE, id, HistoryAction.ARCHIVE, null);
            }
        });
    }

    public void restore(long id) {
        tx.run(session -> {
            License l = load(session, id);
            if (l.isArchived()) {
                l.restore();
                l.touch(clock.instant(), operator.get());
                history.record(session, SubjectType.LICENSE, id, HistoryAction.RESTORE, null);
            }
        });
    }

    public LicenseDetail detail(long id) {
        return tx.read(session -> {
            License l = load(session, id);
            Product p = l.getProduct();
            String key = l.getLicenseKeyEncrypted() == null ? null : cipher.decrypt(l.getLicenseKeyEncrypted());
            return new LicenseDetail(l.getId(), p.getId(), p.getName(), p.getPublisher(), p.getGradeLetter(),
                p.getRiskLevel(), l.getName(), l.getSeatsTotal(), l.getSeatsUsed(), l.getSeatType(),
                l.getCostPerSeat(), l.getTotalCost(),
                CostMath.derivedPerSeat(l.getCostPerSeat(), l.getTotalCost(), l.getSeatsTotal(), l.getSeatType()),
                CostMath.derivedTotal(l.getCostPerSeat(), l.getTotalCost(), l.getSeatsTotal(), l.getSeatType()),
                l.getCustomAnnualCost(), annualized(l), l.getCurrency(), l.getBillingCycle(),
                l.getPurchaseDate(), l.getStartDate(), l.getExpiryDate(), l.getRenewalDate(), l.isAutoRenew(),
                l.getRenewalNoticeDays(), l.getBusinessOwner(), key != null, KeyMask.mask(key),
                l.getPurchaseOrder(), l.getInvoiceNumber(), l.getEdition(), l.getProductVersion(), l.getVendor(),
                l.getStatus(), l.getNotes(), l.getCreatedAt(), l.getCreatedBy(), l.getUpdatedAt(), l.getUpdatedBy(),
                l.getArchivedAt(), l.getArchivedBy(), p.getGradeSummary());
        });
    }

    /** The clear key, for the explicit Reveal and Copy actions only. */
    public String revealKey(long id) {
        return tx.read(session -> {
            License l = load(session, id);
            return l.getLicenseKeyEncrypted() == null ? "" : cipher.decrypt(l.getLicenseKeyEncrypted());
        });
    }

    /** The stored values for the edit form; the key is left out (null = keep). */
    public LicenseDraft draftOf(long id) {
        return tx.read(session -> {
            License l = load(session, id);
            return new LicenseDraft(l.getProduct().getId(), l.getName(), l.getSeatsTotal(), l.getSeatType(),
                l.getCostPerSeat(), l.getTotalCost(), l.getCustomAnnualCost(), l.getCurrency(), l.getBillingCycle(),
                l.getPurchaseDate(), l.getStartDate(), l.getExpiryDate(), l.getRenewalDate(), l.isAutoRenew(),
                l.getRenewalNoticeDays(), l.getBusinessOwner(), null, l.getPurchaseOrder(), l.getInvoiceNumber(),
                l.getEdition(), l.getProductVersion(), l.getVendor(), l.getStatus(), l.getNotes());
        });
    }

    static java.math.BigDecimal annualized(License l) {
        return CostMath.annualized(l.getBillingCycle(),
            CostMath.periodTotal(l.getCostPerSeat(), l.getTotalCost(), l.getSeatsTotal(), l.getSeatType()),
            l.getCustomAnnualCost());
    }

    private static void apply(License l, LicenseDraft d) {
        l.setName(d.name());
        l.setSeatType(d.seatType());
        l.setSeatsTotal(d.seatsTotal());
        l.setCostPerSeat(d.costPerSeat());
        l.setTotalCost(d.totalCost());
        l.setCustomAnnualCost(d.customAnnualCost());
        l.setCurrency(d.currency());
        l.setBillingCycle(d.billingCycle());
        l.setPurchaseDate(d.purchaseDate());
        l.setStartDate(d.startDate());
        l.setExpiryDate(d.expiryDate());
        l.setRenewalDate(d.renewalDate());
        l.setAutoRenew(d.autoRenew());
        l.setRenewalNoticeDays(d.renewalNoticeDays());
        l.setBusinessOwner(d.businessOwner());
        l.setPurchaseOrder(d.purchaseOrder());
        l.setInvoiceNumber(d.invoiceNumber());
        l.setEdition(d.edition());
        l.setProductVersion(d.productVersion());
        l.setVendor(d.vendor());
        l.setStatus(d.status());
        l.setNotes(d.notes());
    }

    static License load(Session session, long id) {
        License l = session.find(License.class, id);
        if (l == null) {
            throw new NotFoundException(Messages.get("license.notFound"));
        }
        return l;
    }

    private static Product liveProduct(Session session, Long productId) {
        Product p = productId == null ? null : session.find(Product.class, productId);
        if (p == null || p.isArchived()) {
            throw ValidationException.of("product", Messages.get("license.product.unavailable"));
        }
        return p;
    }
}
