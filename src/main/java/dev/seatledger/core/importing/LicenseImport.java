package dev.seatledger.core.importing;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.NewSeat;
import dev.seatledger.core.assignment.SeatBatch;
import dev.seatledger.core.catalog.Product;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Money;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.SecretCipher;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.License;
import dev.seatledger.core.license.LicenseTerms;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.people.PersonSource;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.core.recognition.RecognitionService;
import dev.seatledger.core.telemetry.InstalledProducts;
import dev.seatledger.core.telemetry.TelemetryLink;
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
    private final RecognitionService recognition;

    public LicenseImport(Transactions tx, Clock clock, Operator operator, SecretCipher cipher,
                         RecognitionService recognition) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.cipher = cipher;
        this.history = new HistoryRecorder(clock, operator);
        this.recognition = recognition;
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
        LicenseRowReader reader = new LicenseRowReader(columns);
        for (CsvTable.Row r : table.rows()) {
            LicenseImportRow row = reader.read(r, issues);
            if (row == null) {
                continue;
            }
            String fingerprint = row.identity() + "\u0002" + row.holderEmail() + "\u0002" + row.notes();
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
            Integer seats = group.get(0).seats();
            if (seats != null && holders > seats) {
                LicenseImportRow last = group.get(group.size() - 1);
                issues.add(new ImportIssue(last.row(), "Seats",
                    Messages.get("import.moreCheckoutsThanSeats", holders, seats)));
            }
        }
    }

    /** The license form's defaults for what the file leaves out; the file's currency wins over the import's. */
    private static void fill(License l, LicenseImportRow r, String currency) {
        l.setName(r.licenseName());
        l.setEdition(r.edition());
        l.setProductVersion(r.productVersion());
        l.setSeatType(r.seatType() == null ? SeatType.USER : r.seatType());
        l.setSeatsTotal(r.seats());
        l.setCostPerSeat(r.costPerSeat());
        l.setTotalCost(r.totalCost());
        l.setCustomAnnualCost(r.customAnnualCost());
        l.setCurrency(r.currency() == null ? currency : r.currency());
        if (r.billingCycle() != null) {
            l.setBillingCycle(r.billingCycle());
        }
        l.setPurchaseDate(r.purchaseDate());
        l.setStartDate(r.startDate());
        l.setExpiryDate(r.expiryDate());
        l.setRenewalDate(r.renewalDate());
        if (r.autoRenew() != null) {
            l.setAutoRenew(r.autoRenew());
        }
        if (r.noticeDays() != null) {
            l.setRenewalNoticeDays(r.noticeDays());
        }
        l.setBusinessOwner(r.businessOwner());
        if (r.status() != null) {
            l.setStatus(r.status());
        }
        l.setVendor(r.vendor());
        l.setPurchaseOrder(r.purchaseOrder());
        l.setInvoiceNumber(r.invoiceNumber());
        l.setNotes(r.notes() == null || r.notes().length() <= License.NOTES_MAX ? r.notes()
            : r.notes().substring(0, License.NOTES_MAX));
    }

    /** Writes the plan in one transaction. Invalid plans are refused unless {@code skipInvalid}. */
    public Result apply(Plan plan, boolean skipInvalid) {
        return apply(plan, skipInvalid, Progress.NONE);
    }

    /**
     * Writes the plan in one transaction, reporting rows done; a cancel between rows rolls everything back
     * ({@link dev.seatledger.core.common.CancelledException}) so nothing is saved.
     */
    public Result apply(Plan plan, boolean skipInvalid, Progress progress) {
        if (!plan.valid() && !skipInvalid) {
            throw new dev.seatledger.core.common.ValidationException(plan.issues().stream()
                .map(i -> new dev.seatledger.core.common.FieldError(i.column() == null ? "file" : i.column(), i.toString()))
                .toList());
        }
        return tx.write(session -> {
            Map<String, Product> products = known(session, "from Product p where p.nameKey in :keys", Product.class,
                plan.rows().stream().map(r -> Product.normalize(r.product())).toList(), x -> Product.normalize(x.getName()));
            Map<String, Person> people = known(session, "from Person p where p.emailKey in :keys", Person.class,
                plan.rows().stream().map(LicenseImportRow::holderEmail).filter(java.util.Objects::nonNull)
                    .map(Person::normalizeEmail).toList(), x -> Person.normalizeEmail(x.getEmail()));
            Map<String, License> licenses = new LinkedHashMap<>();
            // every license of the file is created by this import, so its seats are the ones issued here
            java.util.Set<String> seated = new java.util.HashSet<>();
            int productsCreated = 0;
            int peopleCreated = 0;
            int seatsAssigned = 0;
            ImportProgress rowsDone = new ImportProgress(progress, plan.rows().size());
            java.util.Set<Long> newProducts = new java.util.LinkedHashSet<>();
            java.util.Set<Long> holders = new java.util.LinkedHashSet<>();
            List<NewSeat> seats = new ArrayList<>();
            for (LicenseImportRow r : plan.rows()) {
                rowsDone.next();
                String productKey = Product.normalize(r.product());
                Product p = products.get(productKey);
                if (p == null) {
                    p = new Product(r.product(), r.publisher() == null ? Messages.get("import.unknownPublisher")
                        : r.publisher(), clock.instant(), operator.get());
                    p.setCategory(r.category());
                    session.persist(p);
                    history.record(session, SubjectType.PRODUCT, p.getId(), HistoryAction.CREATE, p.getName());
                    productsCreated++;
                    newProducts.add(p.getId());
                    products.put(productKey, p);
                }
                License l = licenses.get(r.identity());
                if (l == null) {
                    l = new License(p, clock.instant(), operator.get());
                    fill(l, r, plan.currency());
                    if (r.key() != null) {
                        l.setLicenseKeyEncrypted(cipher.encrypt(r.key()));
                    }
                    session.persist(l);
                    history.record(session, SubjectType.LICENSE, l.getId(), HistoryAction.CREATE,
                        Messages.get("import.history", p.getName()));
                    licenses.put(r.identity(), l);
                }
                if (r.holderEmail() != null) {
                    String emailKey = Person.normalizeEmail(r.holderEmail());
                    Person person = people.get(emailKey);
                    if (person == null) {
                        person = new Person(r.holderName() == null ? r.holderEmail() : r.holderName(), r.holderEmail(),
                            clock.instant(), operator.get());
                        person.setSource(PersonSource.IMPORT);
                        session.persist(person);
                        peopleCreated++;
                        people.put(emailKey, person);
                    }
                    if (person.getStatus() != PersonStatus.OFFBOARDED && seated.add(l.getId() + "/" + person.getId())) {
                        seats.add(NewSeat.of(l.getId(), person, AssignmentDraft.EMPTY, clock.instant(), operator.get()));
                        l.setSeatsUsed(l.getSeatsUsed() + 1);
                        seatsAssigned++;
                        holders.add(person.getId());
                    }
                }
            }
            session.flush();
            // the seats, then the applications already reported for the new products and the new seats' usage, as
            // telemetry shows them
            session.doWork(c -> {
                SeatBatch.insertAll(c, seats);
                LicenseTerms.insertMissing(c);
                if (!newProducts.isEmpty()) {
                    InstalledProducts.rematch(c, recognition.recognizer(c), newProducts);
                }
                TelemetryLink.refreshPeople(c, holders);
            });
            rowsDone.finish();
            return new Result(licenses.size(), productsCreated, peopleCreated, seatsAssigned,
                (int) plan.issues().stream().map(ImportIssue::row).distinct().count());
        });
    }

    /**
     * The entities already stored under the given keys, read a thousand keys per query before any row is written:
     * asking row by row made Hibernate check every entity of the session before each query, which grew with the
     * square of the file (20,000 seat rows took more than five minutes).
     */
    private static <T> Map<String, T> known(org.hibernate.Session session, String hql, Class<T> type,
                                            List<String> keys, java.util.function.Function<T, String> keyOf) {
        List<String> distinct = keys.stream().distinct().toList();
        Map<String, T> found = new java.util.HashMap<>();
        for (int from = 0; from < distinct.size(); from += 1000) {
            for (T t : session.createSelectionQuery(hql, type)
                    .setParameterList("keys", distinct.subList(from, Math.min(distinct.size(), from + 1000))).getResultList()) {
                found.put(keyOf.apply(t), t);
            }
        }
        return found;
    }
}
