package dev.seatledger.core.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Field rules of a license (errors block saving; warnings are shown but do not block). */
public final class LicenseRules {
    private LicenseRules() {
    }

    /** Trims text, upper-cases the currency, applies defaults, and clears the seat total of unlimited licenses. */
    public static LicenseDraft normalize(LicenseDraft d) {
        SeatType type = d.seatType() == null ? SeatType.USER : d.seatType();
        String currency = Validator.trimToNull(d.currency());
        return d.copy()
            .name(Validator.trimToNull(d.name()))
            .seatType(type)
            .seatsTotal(type == SeatType.UNLIMITED ? null : d.seatsTotal())
            .currency(currency == null ? "EUR" : currency.toUpperCase(Locale.ROOT))
            .billingCycle(d.billingCycle() == null ? BillingCycle.ANNUAL : d.billingCycle())
            .renewalNoticeDays(d.renewalNoticeDays() == null ? 30 : d.renewalNoticeDays())
            .status(d.status() == null ? LicenseStatus.ACTIVE : d.status())
            .businessOwner(Validator.trimToNull(d.businessOwner()))
            .licenseKey(d.licenseKey() == null ? null : d.licenseKey().strip())
            .purchaseOrder(Validator.trimToNull(d.purchaseOrder()))
            .invoiceNumber(Validator.trimToNull(d.invoiceNumber()))
            .edition(Validator.trimToNull(d.edition()))
            .productVersion(Validator.trimToNull(d.productVersion()))
            .vendor(Validator.trimToNull(d.vendor()))
            .notes(Validator.trimToNull(d.notes()))
            .build();
    }

    public static void validate(LicenseDraft d) {
        Validator v = new Validator();
        v.check(d.productId() != null, "product", Messages.get("validation.required", Messages.get("license.field.product")));
        v.maxLength("name", d.name(), License.NAME_MAX, Messages.get("license.field.name"));
        if (d.seatType() != SeatType.UNLIMITED) {
            v.check(d.seatsTotal() != null && d.seatsTotal() >= 1, "seatsTotal", Messages.get("license.seats.min"));
        }
        v.check(Money.isIsoCurrency(d.currency()), "currency", Messages.get("license.currency.invalid"));
        v.check(d.costPerSeat() == null || d.costPerSeat().signum() >= 0, "costPerSeat", Messages.get("license.cost.negative"));
        v.check(d.totalCost() == null || d.totalCost().signum() >= 0, "totalCost", Messages.get("license.cost.negative"));
        v.check(d.customAnnualCost() == null || d.customAnnualCost().signum() >= 0, "customAnnualCost",
            Messages.get("license.cost.negative"));
        v.check(d.startDate() == null || d.expiryDate() == null || !d.expiryDate().isBefore(d.startDate()),
            "expiryDate", Messages.get("license.expiry.beforeStart"));
        v.check(d.renewalNoticeDays() != null && d.renewalNoticeDays() >= 0 && d.renewalNoticeDays() <= 365,
            "renewalNoticeDays", Messages.get("license.notice.range"));
        v.maxLength("businessOwner", d.businessOwner(), License.OWNER_MAX, Messages.get("license.field.owner"));
        v.maxLength("purchaseOrder", d.purchaseOrder(), License.REF_MAX, Messages.get("license.field.po"));
        v.maxLength("invoiceNumber", d.invoiceNumber(), License.REF_MAX, Messages.get("license.field.invoice"));
        v.maxLength("edition", d.edition(), License.EDITION_MAX, Messages.get("license.field.edition"));
        v.maxLength("productVersion", d.productVersion(), License.EDITION_MAX, Messages.get("license.field.version"));
        v.maxLength("vendor", d.vendor(), License.OWNER_MAX, Messages.get("license.field.vendor"));
        v.maxLength("licenseKey", d.licenseKey(), License.KEY_MAX, Messages.get("license.field.key"));
        v.maxLength("notes", d.notes(), License.NOTES_MAX, Messages.get("license.field.notes"));
        v.throwIfInvalid();
    }

    /** Non-blocking remarks: cost figures that disagree, a purchase after the start date. */
    public static List<String> warnings(LicenseDraft d) {
        List<String> out = new ArrayList<>();
        SeatType type = d.seatType() == null ? SeatType.USER : d.seatType();
        if (CostMath.mismatch(d.costPerSeat(), d.totalCost(), d.seatsTotal(), type)) {
            BigDecimal computed = d.costPerSeat().multiply(BigDecimal.valueOf(d.seatsTotal())).setScale(2, RoundingMode.HALF_UP);
            String currency = Money.isIsoCurrency(d.currency()) ? d.currency() : "EUR";
            out.add(Messages.get("license.cost.mismatch", Money.format(d.totalCost(), currency), d.seatsTotal(),
                Money.format(d.costPerSeat(), currency), Money.format(computed, currency)));
        }
        if (d.purchaseDate() != null && d.startDate() != null && d.purchaseDate().isAfter(d.startDate())) {
            out.add(Messages.get("license.purchase.afterStart"));
        }
        if (d.billingCycle() == BillingCycle.CUSTOM && d.customAnnualCost() == null) {
            out.add(Messages.get("license.custom.noYearly"));
        }
        return out;
    }
}
