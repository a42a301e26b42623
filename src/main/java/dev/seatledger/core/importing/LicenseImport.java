package dev.seatledger.core.importing;

import dev.seatledger.core.assignment.Assignment;
import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.SecretCipher;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.License;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.people.PersonSource;
import dev.seatledger.core.people.PersonStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Imports licenses (and the seats of checkout rows) from Snipe-IT exports or any CSV through a column
 * mapping. Every row is validated first; nothing is written unless asked, and then in one transaction.
 */
public class LicenseImport {
    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final SecretCipher cipher;
    private final HistoryRecorder history;

    public LicenseImport(Transactions tx, Clock clock, Operator operator, SecretCipher cipher) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.cipher = cipher;
        this.history = new HistoryRecorder(clock, operator);
    }

    /** What a file would import: the valid rows, the problems by row and column, and duplicates skipped. */
    public record Plan(List<LicenseImportRow> rows, List<ImportIssue> issues, int duplicates, String currency) {
        public boolean valid() {
            return issues.isEmpty();
        }

        public long licenses() {
            return rows.stream().map(LicenseImportRow::identity).distinct().count();
        }

        public long checkouts() {
            return rows.stream().filter(r -> r.holderEmail() != null).count();
        }
    }

    public record Result(int licensesCreated, int productsCreated, int peopleCreated, int seatsAssigned, int skipped) {
    }

    public Plan plan(CsvTable table, LicenseColumns columns, String currency) {
        List<ImportIssue> issues = new ArrayList<>();
        List<LicenseImportRow> rows = new ArrayList<>();
        if (columns.header("product") == null || !table.has(columns.header("product"))) {
            issues.add(new ImportIssue(1, columns.header("product") == null ? "product" : columns.header("product"),
                Messages.get("import.column.missing", Messages.get("license.field.product"))));
            return new Plan(List.of(), issues, 0, currency);
        }
        if (!Money.isIsoCurrency(currency)) {
            issues.add(new ImportIssue(0, "currency", Messages.get("license.currency.invalid")));
        }
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (CsvTable.Row r : table.rows()) {
            List<ImportIssue> rowIssues = new ArrayList<>();
            Function<String, String> v = field -> columns.header(field) == null ? null : r.get(columns.header(field));
            String product = v.apply("product");
            if (product == null) {
                rowIssues.add(new ImportIssue(r.number(), columns.header("product"),
                    Messages.get("validation.required", Messages.get("license.field.product"))));
            } else if (product.length() > Product.NAME_MAX) {
                rowIssues.add(new ImportIssue(r.number(), columns.header("product"),
                    Messages.get("validation.tooLong", Messages.get("license.field.product"), Product.NAME_MAX)));
            }
            Integer seats = parse(r, columns, "seats", ImportValues::integer, rowIssues).orElse(null);
            if (seats != null && seats < 1) {
                rowIssues.add(new ImportIssue(r.number(), columns.header("seats"), Messages.get("license.seats.min")));
            }
            var purchase = parse(r, columns, "purchaseDate", ImportValues::date, rowIssues);
            var expiry = parse(r, columns, "expiryDate", ImportValues::date, rowIssues);
            java.math.BigDecimal cost = parse(r, columns, "totalCost", ImportValues::amount, rowIssues).orElse(null);
            if (cost != null && cost.signum() < 0) {
                rowIssues.add(new ImportIssue(r.number(), columns.header("totalCost"), Messages.get("license.cost.negative")));
            }
            String email = v.apply("holderEmail");
            if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                rowIssues.add(new ImportIssue(r.number(), columns.header("holderEmail"), Messages.get("person.email.invalid")));
            }
            for (String f : List.of("purchaseOrder", "invoiceNumber")) {
                String val = v.apply(f);
                if (val != null && val.length() > License.REF_MAX) {
                    rowIssues.add(new ImportIssue(r.number(), columns.header(f),
                        Messages.get("validation.tooLong", f, License.REF_MAX)));
                }
            }
            if (!rowIssues.isEmpty()) {
                issues.addAll(rowIssues);
                continue;
            }
            LicenseImportRow row = new LicenseImportRow(r.number(), product, v.apply("publisher"), v.apply("category"),
                v.apply("licenseName"), seats == null ? 1 : seats, v.apply("key"), v.apply("vendor"),
                purchase.orElse(null), cost, expiry.orElse(null), v.apply("purchaseOrder"), v.apply("invoiceNumber"),
                v.apply("notes"), v.apply("holderName"), email);
            String fingerprint = row.identity() + "\u0002" + email + "\u0002" + row.notes();
            if (!seen.add(fingerprint)) {
                duplicates++;
                continue;
            }
            rows.add(row);
        }
        checkSeatCounts(rows, issues);
        return new Plan(rows, issues, duplicates, currency);
    }

    private static void checkSeatCounts(List<LicenseImportRow> rows, List<ImportIssue> issues) {
        Map<String, List<LicenseImportRow>> byLicense = new LinkedHashMap<>();
        rows.forEach(r -> byLicense.computeIfAbsent(r.identity(), k -> new ArrayList<>()).add(r));
        for (List<LicenseImportRow> group : byLicense.values()) {
            long holders = group.stream().map(LicenseImportRow::holderEmail).filter(e -> e != null)
                .map(String::toLowerCase).distinct().count();
            if (holders > group.get(0).seats()) {
                LicenseImportRow last = group.get(group.size() - 1);
                issues.add(new ImportIssue(last.row(), "Seats",
                    Messages.get("import.moreCheckoutsThanSeats", holders, group.get(0).seats())));
            }
        }
    }

    private static <T> java.util.Optional<T> parse(CsvTable.Row r, LicenseColumns columns, String field,
                                                   Function<String, java.util.Optional<T>> parser,
                                                   List<ImportIssue> issues) {
        String header = columns.header(field);
        if (header == null) {
            return java.util.Optional.empty();
        }
        try {
            return parser.apply(r.get(header));
        } catch (IllegalArgumentException e) {
            issues.add(new ImportIssue(r.number(), header, e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    /** Writes the plan in one transaction. Invalid plans are refused unless {@code skipInvalid}. */
    public Result apply(Plan plan, boolean skipInvalid) {
        if (!plan.valid() && !skipInvalid) {
            throw new dev.seatledger.core.common.ValidationException(plan.issues().stream()
                .map(i -> new dev.seatledger.core.common.FieldError(i.column() == null ? "file" : i.column(), i.toString()))
                .toList());
        }
        return tx.write(session -> {
            Map<String, Product> products = new LinkedHashMap<>();
            Map<String, Person> people = new LinkedHashMap<>();
            Map<String, License> licenses = new LinkedHashMap<>();
            int productsCreated = 0;
            int peopleCreated = 0;
            int seatsAssigned = 0;
            for (LicenseImportRow r : plan.rows()) {
                String productKey = Product.normalize(r.product());
                Product p = products.get(productKey);
                if (p == null) {
                    p = session.createSelectionQuery("from Product p where p.nameKey = :k", Product.class)
                        .setParameter("k", productKey).uniqueResult();
                    if (p == null) {
                        p = new Product(r.product(), r.publisher() == null ? Messages.get("import.unknownPublisher")
                            : r.publisher(), clock.instant(), operator.get());
                        p.setCategory(r.category());
                        session.persist(p);
                        session.flush();
                        history.record(session, SubjectType.PRODUCT, p.getId(), HistoryAction.CREATE, p.getName());
                        productsCreated++;
                    }
                    products.put(productKey, p);
                }
                License l = licenses.get(r.identity());
                if (l == null) {
                    l = new License(p, clock.instant(), operator.get());
                    l.setName(r.licenseName());
                    l.setSeatType(SeatType.USER);
                    l.setSeatsTotal(r.seats());
                    l.setTotalCost(r.totalCost());
                    l.setCurrency(plan.currency());
                    l.setPurchaseDate(r.purchaseDate());
                    l.setExpiryDate(r.expiryDate());
                    l.setVendor(r.vendor());
                    l.setPurchaseOrder(r.purchaseOrder());
                    l.setInvoiceNumber(r.invoiceNumber());
                    l.setNotes(r.notes() == null || r.notes().length() <= License.NOTES_MAX ? r.notes()
                        : r.notes().substring(0, License.NOTES_MAX));
                    if (r.key() != null) {
                        l.setLicenseKeyEncrypted(cipher.encrypt(r.key()));
                    }
                    session.persist(l);
                    session.flush();
                    history.record(session, SubjectType.LICENSE, l.getId(), HistoryAction.CREATE,
                        Messages.get("import.history", p.getName()));
                    licenses.put(r.identity(), l);
                }
                if (r.holderEmail() != null) {
                    String emailKey = Person.normalizeEmail(r.holderEmail());
                    Person person = people.get(emailKey);
                    if (person == null) {
                        person = session.createSelectionQuery("from Person p where p.emailKey = :k", Person.class)
                            .setParameter("k", emailKey).uniqueResult();
                        if (person == null) {
                            person = new Person(r.holderName() == null ? r.holderEmail() : r.holderName(), r.holderEmail(),
                                clock.instant(), operator.get());
                            person.setSource(PersonSource.IMPORT);
                            session.persist(person);
                            session.flush();
                            peopleCreated++;
                        }
                        people.put(emailKey, person);
                    }
                    long active = session.createSelectionQuery("select count(a) from Assignment a where a.license.id = :l"
                            + " and a.person.id = :p and a.revokedAt is null", Long.class)
                        .setParameter("l", l.getId()).setParameter("p", person.getId()).getSingleResult();
                    if (active == 0 && person.getStatus() != PersonStatus.OFFBOARDED) {
                        session.persist(new Assignment(l, person, clock.instant(), operator.get()));
                        l.setSeatsUsed(l.getSeatsUsed() + 1);
                        seatsAssigned++;
                    }
                }
            }
            return new Result(licenses.size(), productsCreated, peopleCreated, seatsAssigned,
                (int) plan.issues().stream().map(ImportIssue::row).distinct().count());
        });
    }
}
