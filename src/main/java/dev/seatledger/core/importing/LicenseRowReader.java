package dev.seatledger.core.importing;

import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.License;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.license.SeatType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one file row into a license through the column mapping, adding a problem (row and column) for every
 * value the license form would refuse. Returns null when the row has problems.
 */
final class LicenseRowReader {
    private final LicenseColumns columns;

    LicenseRowReader(LicenseColumns columns) {
        this.columns = columns;
    }

    LicenseImportRow read(CsvTable.Row r, List<ImportIssue> issues) {
        int before = issues.size();
        String product = value(r, "product");
        if (product == null) {
            issue(issues, r, "product", Messages.get("validation.required", Messages.get("license.field.product")));
        } else if (product.length() > Product.NAME_MAX) {
            issue(issues, r, "product", Messages.get("validation.tooLong", Messages.get("license.field.product"),
                Product.NAME_MAX));
        }
        SeatType seatType = parse(r, "seatType", s -> choice(s, SeatType.class), issues).orElse(null);
        Integer seats = parse(r, "seats", ImportValues::integer, issues).orElse(null);
        if (seatType == SeatType.UNLIMITED) {
            seats = null;
        } else if (seats != null && seats < 1) {
            issue(issues, r, "seats", Messages.get("license.seats.min"));
        }
        Optional<LocalDate> purchase = parse(r, "purchaseDate", ImportValues::date, issues);
        Optional<LocalDate> expiry = parse(r, "expiryDate", ImportValues::date, issues);
        BigDecimal cost = amount(r, "totalCost", issues);
        String email = value(r, "holderEmail");
        if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            issue(issues, r, "holderEmail", Messages.get("person.email.invalid"));
        }
        BigDecimal perSeat = amount(r, "costPerSeat", issues);
        BigDecimal custom = amount(r, "customAnnualCost", issues);
        String currency = value(r, "currency");
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            if (!Money.isIsoCurrency(currency)) {
                issue(issues, r, "currency", Messages.get("license.currency.invalid"));
            }
        }
        BillingCycle cycle = parse(r, "billingCycle", s -> choice(s, BillingCycle.class), issues).orElse(null);
        Optional<LocalDate> start = parse(r, "startDate", ImportValues::date, issues);
        Optional<LocalDate> renewal = parse(r, "renewalDate", ImportValues::date, issues);
        if (start.isPresent() && expiry.isPresent() && expiry.get().isBefore(start.get())) {
            issue(issues, r, "expiryDate", Messages.get("license.expiry.beforeStart"));
        }
        Boolean autoRenew = parse(r, "autoRenew", ImportValues::bool, issues).orElse(null);
        Integer notice = parse(r, "noticeDays", ImportValues::integer, issues).orElse(null);
        if (notice != null && (notice < 0 || notice > 365)) {
            issue(issues, r, "noticeDays", Messages.get("license.notice.range"));
        }
        LicenseStatus status = parse(r, "status", s -> choice(s, LicenseStatus.class), issues).orElse(null);
        maxLength(r, "licenseName", License.NAME_MAX, issues);
        maxLength(r, "edition", License.EDITION_MAX, issues);
        maxLength(r, "productVersion", License.EDITION_MAX, issues);
        maxLength(r, "businessOwner", License.OWNER_MAX, issues);
        maxLength(r, "vendor", License.OWNER_MAX, issues);
        maxLength(r, "purchaseOrder", License.REF_MAX, issues);
        maxLength(r, "invoiceNumber", License.REF_MAX, issues);
        maxLength(r, "sourceId", License.REF_MAX, issues);
        if (issues.size() > before) {
            return null;
        }
        return new LicenseImportRow(r.number(), value(r, "sourceId"), product, value(r, "publisher"),
            value(r, "category"), value(r, "licenseName"), value(r, "edition"), value(r, "productVersion"), seatType,
            seatType == SeatType.UNLIMITED ? null : seats == null ? 1 : seats, value(r, "key"), value(r, "vendor"),
            perSeat, cost, custom, currency, cycle, purchase.orElse(null), start.orElse(null), expiry.orElse(null),
            renewal.orElse(null), autoRenew, notice, value(r, "businessOwner"), status, value(r, "purchaseOrder"),
            value(r, "invoiceNumber"), value(r, "notes"), value(r, "holderName"), email);
    }

    private String value(CsvTable.Row r, String field) {
        String header = columns.header(field);
        return header == null ? null : r.get(header);
    }

    private void issue(List<ImportIssue> issues, CsvTable.Row r, String field, String message) {
        issues.add(new ImportIssue(r.number(), columns.header(field), message));
    }

    private BigDecimal amount(CsvTable.Row r, String field, List<ImportIssue> issues) {
        BigDecimal v = parse(r, field, ImportValues::amount, issues).orElse(null);
        if (v != null && v.signum() < 0) {
            issue(issues, r, field, Messages.get("license.cost.negative"));
        }
        return v;
    }

    private void maxLength(CsvTable.Row r, String field, int max, List<ImportIssue> issues) {
        String v = value(r, field);
        if (v != null && v.length() > max) {
            issue(issues, r, field, Messages.get("validation.tooLong", columns.header(field), max));
        }
    }

    private <T> Optional<T> parse(CsvTable.Row r, String field, Function<String, Optional<T>> parser,
                                  List<ImportIssue> issues) {
        String header = columns.header(field);
        if (header == null) {
            return Optional.empty();
        }
        try {
            return parser.apply(r.get(header));
        } catch (IllegalArgumentException e) {
            issues.add(new ImportIssue(r.number(), header, e.getMessage()));
            return Optional.empty();
        }
    }

    /** An enum constant from its name in any case, with spaces or hyphens for underscores ("One-time", "one_time"). */
    static <E extends Enum<E>> Optional<E> choice(String s, Class<E> type) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String name = s.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        throw new IllegalArgumentException("expected one of " + String.join(", ", java.util.Arrays.stream(
            type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList()) + ", found \"" + s + "\"");
    }
}
