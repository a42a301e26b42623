package dev.seatledger.core.importing;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.assignment.ImportedSeat;
import dev.seatledger.core.assignment.SeatImportResult;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Timestamps;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.exporting.AssignmentCsvExport;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.people.PersonKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Seats from the CSV {@code export assignments} writes (License ID, or Product and License Name; Email; Assigned At;
 * Access Level; Account Identifier), so an exported file re-imports and each seat keeps the date it was assigned.
 * The license is the one with the row's id when its product is the row's product, else the live license of that
 * product and license name; the person is found by e-mail or alias and never created. The seats are issued by
 * {@link AssignmentService#importSeats} under the rules of assigning one seat.
 */
public class AssignmentImport {
    private static final String[] LICENSE_ID = {"License ID", "license_id"};
    private static final String[] PRODUCT = {"Product", "Software"};
    private static final String[] LICENSE_NAME = {"License Name", "License"};
    private static final String[] EMAIL = {"Email", "E-mail", "User Email"};
    private static final String[] ASSIGNED_AT = {"Assigned At", "Assigned", "Assigned On", "assigned_at"};

    private final Transactions tx;
    private final Clock clock;
    private final AssignmentService assignments;

    public AssignmentImport(Transactions tx, Clock clock, AssignmentService assignments) {
        this.tx = tx;
        this.clock = clock;
        this.assignments = assignments;
    }

    /** The seats of a file, and the rows that name no license or person, or a bad date. */
    public record Plan(List<ImportedSeat> seats, List<ImportIssue> issues) {
        public boolean valid() {
            return issues.isEmpty();
        }
    }

    public Plan plan(CsvTable table) {
        List<ImportIssue> issues = new ArrayList<>();
        boolean byId = has(table, LICENSE_ID);
        if (!byId && !has(table, PRODUCT)) {
            issues.add(new ImportIssue(1, AssignmentCsvExport.HEADERS.get(0), Messages.get("import.column.missing",
                Messages.get("import.assignments.field.license"))));
        }
        if (!has(table, EMAIL)) {
            issues.add(new ImportIssue(1, "Email", Messages.get("import.column.missing", Messages.get("person.field.email"))));
        }
        if (!issues.isEmpty()) {
            return new Plan(List.of(), issues);
        }
        return tx.read(session -> session.doReturningWork(c -> plan(c, table, issues)));
    }

    private Plan plan(Connection c, CsvTable table, List<ImportIssue> issues) throws SQLException {
        Licenses licenses = Licenses.read(c);
        Set<String> keys = new HashSet<>();
        table.rows().forEach(r -> {
            String email = r.get(EMAIL);
            if (email != null) {
                keys.add(Person.normalizeEmail(email));
            }
        });
        Map<String, Long> people = PersonKeys.resolve(c, keys);
        Instant now = clock.instant();
        List<ImportedSeat> seats = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            int before = issues.size();
            Long license = licenses.find(r, issues);
            String email = r.get(EMAIL);
            Long person = email == null ? null : people.get(Person.normalizeEmail(email));
            if (email == null) {
                issues.add(new ImportIssue(r.number(), "Email", Messages.get("validation.required",
                    Messages.get("person.field.email"))));
            } else if (person == null) {
                issues.add(new ImportIssue(r.number(), "Email", Messages.get("import.assignments.unknownPerson", email)));
            }
            Instant at = now;
            try {
                Timestamps.Stamp stamp = Timestamps.parse(r.get(ASSIGNED_AT));
                at = stamp == null ? now : stamp.at();
                if (at.isAfter(now)) {
                    issues.add(new ImportIssue(r.number(), ASSIGNED_AT[0], Messages.get("import.assignments.future",
                        r.get(ASSIGNED_AT))));
                }
            } catch (IllegalArgumentException e) {
                issues.add(new ImportIssue(r.number(), ASSIGNED_AT[0], e.getMessage()));
            }
            if (issues.size() == before) {
                seats.add(new ImportedSeat(r.number(), license, person, new AssignmentDraft(r.get("Access Level"),
                    r.get("Account Identifier"), null), at));
            }
        }
        return new Plan(seats, issues);
    }

    /**
     * Issues the plan's seats. Rows with problems or refused by a seat rule save nothing unless skipped; a dry run
     * checks the seat rules too and saves nothing.
     */
    public SeatImportResult apply(Plan plan, boolean skipInvalid, boolean dryRun) {
        return assignments.importSeats(plan.seats(), skipInvalid, dryRun || !plan.valid() && !skipInvalid);
    }

    private static boolean has(CsvTable table, String... names) {
        for (String n : names) {
            if (table.has(n)) {
                return true;
            }
        }
        return false;
    }

    /** Every license with its product, by id and by product and license name (lower case). */
    private record Licenses(Map<Long, String> productById, Map<String, List<Long>> byNames) {
        static Licenses read(Connection c) throws SQLException {
            Map<Long, String> productById = new HashMap<>();
            Map<String, List<Long>> byNames = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select l.id, p.name, l.name, l.archived_at from license l"
                    + " join product p on p.id = l.product_id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    productById.put(rs.getLong(1), rs.getString(2).toLowerCase(Locale.ROOT));
                    if (rs.getObject(4) == null) {
                        byNames.computeIfAbsent(key(rs.getString(2), rs.getString(3)), k -> new ArrayList<>())
                            .add(rs.getLong(1));
                    }
                }
            }
            return new Licenses(productById, byNames);
        }

        private static String key(String product, String license) {
            return product.strip().toLowerCase(Locale.ROOT) + "\u0000"
                + (license == null ? "" : license.strip().toLowerCase(Locale.ROOT));
        }

        Long find(CsvTable.Row r, List<ImportIssue> issues) {
            String idText = r.get(LICENSE_ID);
            String product = r.get(PRODUCT);
            if (idText != null) {
                try {
                    long id = Long.parseLong(idText.strip());
                    String stored = productById.get(id);
                    if (stored != null && (product == null || stored.equals(product.strip().toLowerCase(Locale.ROOT)))) {
                        return id;
                    }
                } catch (NumberFormatException e) {
                    if (product == null) {
                        issues.add(new ImportIssue(r.number(), LICENSE_ID[0], Messages.get("import.assignments.badId",
                            idText)));
                        return null;
                    }
                }
            }
            if (product == null) {
                issues.add(new ImportIssue(r.number(), LICENSE_ID[0], Messages.get("import.assignments.noLicense", idText)));
                return null;
            }
            List<Long> found = byNames.getOrDefault(key(product, r.get(LICENSE_NAME)), List.of());
            if (found.size() != 1) {
                String name = r.get(LICENSE_NAME) == null ? product : product + " — " + r.get(LICENSE_NAME);
                issues.add(new ImportIssue(r.number(), PRODUCT[0], Messages.get(found.isEmpty()
                    ? "import.assignments.noLicense" : "import.assignments.ambiguous", name)));
                return null;
            }
            return found.get(0);
        }
    }
}
