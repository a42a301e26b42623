package dev.seatledger.core.document.extract;

import dev.seatledger.core.license.BillingCycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The names and plain values of the fields outside the app (the command line's JSON, the corpus's expected terms):
 * product, publisher, seats, start, expiry, renewal, auto_renew, notice_days, total, per_seat, currency,
 * billing_cycle, po, invoice; dates ISO, amounts as plain decimals ("54000.00"), cycles in lower case.
 */
public final class FieldKeys {
    private static final Map<ContractField, String> KEYS = Map.ofEntries(
        Map.entry(ContractField.PRODUCT, "product"), Map.entry(ContractField.VENDOR, "publisher"),
        Map.entry(ContractField.SEATS, "seats"), Map.entry(ContractField.START_DATE, "start"),
        Map.entry(ContractField.END_DATE, "expiry"), Map.entry(ContractField.RENEWAL_DATE, "renewal"),
        Map.entry(ContractField.AUTO_RENEW, "auto_renew"), Map.entry(ContractField.NOTICE_DAYS, "notice_days"),
        Map.entry(ContractField.TOTAL_PRICE, "total"), Map.entry(ContractField.PER_SEAT_PRICE, "per_seat"),
        Map.entry(ContractField.CURRENCY, "currency"), Map.entry(ContractField.BILLING_CYCLE, "billing_cycle"),
        Map.entry(ContractField.PO_NUMBER, "po"), Map.entry(ContractField.INVOICE_NUMBER, "invoice"));

    private FieldKeys() {
    }

    public static String key(ContractField field) {
        return KEYS.get(field);
    }

    /** The value as plain JSON: Integer, Boolean or String (ISO date, plain decimal, lower-case cycle, text). */
    public static Object plain(Object value) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof BigDecimal b) {
            return b.setScale(Math.max(2, b.stripTrailingZeros().scale()), java.math.RoundingMode.UNNECESSARY)
                .toPlainString();
        }
        if (value instanceof BillingCycle c) {
            return c.name().toLowerCase(Locale.ROOT);
        }
        return value;
    }
}
