package dev.seatledger.core.document.extract;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.catalog.ProductOption;
import dev.seatledger.core.catalog.ProductService;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.document.DocumentRow;
import dev.seatledger.core.document.DocumentService;
import dev.seatledger.core.document.DocumentText;
import dev.seatledger.core.document.layout.DocumentLayout;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDetail;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseService;
import dev.seatledger.core.license.SaveResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads terms from a license's documents and applies the accepted ones through {@link LicenseService}. */
public class ContractTerms {
    private final DocumentService documents;
    private final LicenseService licenses;
    private final ProductService products;
    private final CatalogQuery catalog;
    private final ContractExtractor extractor;

    public ContractTerms(DocumentService documents, LicenseService licenses, ProductService products,
                         CatalogQuery catalog, ContractExtractor extractor) {
        this.documents = documents;
        this.licenses = licenses;
        this.products = products;
        this.catalog = catalog;
        this.extractor = extractor;
    }

    /** Extracts from an attached document; the license's key is redacted from anything sent to the AI. */
    public Extraction fromDocument(long documentId) {
        DocumentRow row = documents.row(documentId);
        DocumentLayout layout = DocumentText.read(documents.file(documentId), row.fileName());
        String key = licenses.revealKey(row.licenseId());
        return extractor.extract(layout, key == null || key.isEmpty() ? List.of() : List.of(key));
    }

    /** Extracts from a file that is not attached yet (New license from contract). */
    public Extraction fromFile(Path file) {
        return new ContractFile(extractor).read(file);
    }

    /** The proposals beside the license's current values, in field order. */
    public List<ReviewLine> review(long licenseId, Extraction extraction) {
        LicenseDraft d = licenses.draftOf(licenseId);
        LicenseDetail detail = licenses.detail(licenseId);
        List<ReviewLine> out = new ArrayList<>();
        extraction.proposals().stream().sorted(Comparator.comparing(Proposal::field)).forEach(p ->
            out.add(new ReviewLine(p, Proposal.display(current(p.field(), d, detail.productName())))));
        return out;
    }

    /** Writes the accepted proposals into the license in one update (validated, history recorded). */
    public SaveResult apply(long licenseId, List<Proposal> accepted) {
        LicenseDraft d = licenses.draftOf(licenseId);
        LicenseDraft.Builder b = d.copy();
        for (Proposal p : accepted) {
            if (p.field() == ContractField.PRODUCT) {
                String name = (String) p.value();
                long id = findProduct(name).map(ProductOption::id).orElseThrow(() ->
                    ValidationException.of("product", Messages.get("extract.product.unknown", name)));
                b.productId(id);
            } else {
                set(b, p.field(), p.value());
            }
        }
        return licenses.update(licenseId, b.build());
    }

    /**
     * A license draft from a contract: the product is found in the catalog by name (created when missing, with the
     * vendor as publisher), and every proposed term is filled in for review.
     */
    public ContractDraft draftFrom(Extraction extraction, String fallbackName) {
        String vendor = (String) extraction.value(ContractField.VENDOR).orElse(null);
        String name = (String) extraction.value(ContractField.PRODUCT).orElse(vendor != null ? vendor : fallbackName);
        Optional<ProductOption> existing = findProduct(name);
        boolean created = existing.isEmpty();
        long productId = existing.map(ProductOption::id)
            .orElseGet(() -> products.create(ProductDraft.of(name, vendor, null)));
        LicenseDraft.Builder b = LicenseDraft.defaults(productId).copy();
        for (Proposal p : extraction.proposals()) {
            if (p.field() != ContractField.PRODUCT) {
                set(b, p.field(), p.value());
            }
        }
        return new ContractDraft(productId, existing.map(ProductOption::name).orElse(name), created, b.build(),
            extraction);
    }

    private Optional<ProductOption> findProduct(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return catalog.options().stream().filter(o -> o.name().strip().toLowerCase(Locale.ROOT).equals(n)).findFirst();
    }

    private static Object current(ContractField f, LicenseDraft d, String productName) {
        return switch (f) {
            case VENDOR -> d.vendor();
            case PRODUCT -> productName;
            case SEATS -> d.seatsTotal();
            case START_DATE -> d.startDate();
            case END_DATE -> d.expiryDate();
            case RENEWAL_DATE -> d.renewalDate();
            case NOTICE_DAYS -> d.renewalNoticeDays();
            case AUTO_RENEW -> d.autoRenew();
            case TOTAL_PRICE -> d.totalCost();
            case PER_SEAT_PRICE -> d.costPerSeat();
            case CURRENCY -> d.currency();
            case BILLING_CYCLE -> d.billingCycle();
            case PO_NUMBER -> d.purchaseOrder();
            case INVOICE_NUMBER -> d.invoiceNumber();
        };
    }

    private static void set(LicenseDraft.Builder b, ContractField f, Object v) {
        switch (f) {
            case VENDOR -> b.vendor((String) v);
            case SEATS -> b.seatsTotal((Integer) v);
            case START_DATE -> b.startDate((LocalDate) v);
            case END_DATE -> b.expiryDate((LocalDate) v);
            case RENEWAL_DATE -> b.renewalDate((LocalDate) v);
            case NOTICE_DAYS -> b.renewalNoticeDays((Integer) v);
            case AUTO_RENEW -> b.autoRenew((Boolean) v);
            case TOTAL_PRICE -> b.totalCost((BigDecimal) v);
            case PER_SEAT_PRICE -> b.costPerSeat((BigDecimal) v);
            case CURRENCY -> b.currency((String) v);
            case BILLING_CYCLE -> b.billingCycle((BillingCycle) v);
            case PO_NUMBER -> b.purchaseOrder((String) v);
            case INVOICE_NUMBER -> b.invoiceNumber((String) v);
            case PRODUCT -> { }
        }
    }
}
