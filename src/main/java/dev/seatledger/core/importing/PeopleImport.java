package dev.seatledger.core.importing;

import dev.seatledger.core.common.FieldError;
import dev.seatledger.core.people.HeldSeats;
import dev.seatledger.core.people.PersonAliases;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Progress;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.people.PersonSource;
import dev.seatledger.core.people.PersonStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People from directory exports (Entra ID, Google Workspace, Okta) or a plain CSV. Re-importing
 * updates people by email; offboarded people stay offboarded.
 */
public class PeopleImport {
    /** Rows written between two flushes of the session. */
    static final int CHUNK = 500;

    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final HistoryRecorder history;

    public PeopleImport(Transactions tx, Clock clock, Operator operator) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.history = new HistoryRecorder(clock, operator);
    }

    /** A valid row; {@code aliases} are the person's other addresses, null when the file has no column for them. */
    public record PersonRowIn(int row, String name, String email, String department, String title, String manager,
                              String employeeId, PersonStatus status, LocalDate lastSignIn, LocalDate endDate,
                              Set<String> aliases, String costCentre, String division) {
    }

    public record Plan(List<PersonRowIn> rows, List<ImportIssue> issues) {
        public boolean valid() {
            return issues.isEmpty();
        }
    }

    public record Result(int created, int updated, int unchanged, int skipped) {
    }

    public Plan plan(CsvTable table, DirectoryPreset preset) {
        List<ImportIssue> issues = new ArrayList<>();
        List<PersonRowIn> rows = new ArrayList<>();
        String emailHeader = preset.email.stream().filter(table::has).findFirst().orElse(null);
        if (emailHeader == null) {
            issues.add(new ImportIssue(1, preset.email.get(0), Messages.get("import.column.missing",
                Messages.get("person.field.email"))));
            return new Plan(rows, issues);
        }
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : table.rows()) {
            String email = r.get(preset.email.toArray(String[]::new));
            String name = name(r, preset);
            int before = issues.size();
            if (email == null || !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                issues.add(new ImportIssue(r.number(), emailHeader, email == null
                    ? Messages.get("validation.required", Messages.get("person.field.email"))
                    : Messages.get("person.email.invalid")));
            } else if (!seen.add(email.toLowerCase())) {
                issues.add(new ImportIssue(r.number(), emailHeader, Messages.get("import.duplicateEmail", email)));
            }
            PersonStatus status = null;
            try {
                status = preset.status(r.get(preset.status.toArray(String[]::new)));
            } catch (IllegalArgumentException e) {
                issues.add(new ImportIssue(r.number(), preset.status.get(0), e.getMessage()));
            }
            LocalDate signIn = null;
            String signInText = r.get(preset.lastSignIn.toArray(String[]::new));
            if (signInText != null && !signInText.toLowerCase().startsWith("never")) {
                try {
                    signIn = ImportValues.date(signInText.replaceAll("\\s*(UTC|GMT|Z)$", "")).orElse(null);
                } catch (IllegalArgumentException e) {
                    issues.add(new ImportIssue(r.number(), preset.lastSignIn.get(0), e.getMessage()));
                }
            }
            LocalDate endDate = null;
            String endText = r.get(preset.endDate.toArray(String[]::new));
            if (endText != null) {
                try {
                    endDate = ImportValues.date(endText).orElse(null);
                } catch (IllegalArgumentException e) {
                    issues.add(new ImportIssue(r.number(), preset.endDate.get(0), e.getMessage()));
                }
            }
            if (issues.size() == before) {
                OrgData.Values org = OrgData.of(r, preset);
                rows.add(new PersonRowIn(r.number(), name == null ? email : name, email.strip(),
                    r.get(preset.department.toArray(String[]::new)), r.get(preset.title.toArray(String[]::new)),
                    r.get(preset.manager.toArray(String[]::new)), r.get(preset.employeeId.toArray(String[]::new)),
                    status, signIn, endDate, AliasCells.of(table, r, preset.aliases, email), org.costCentre(),
                    org.division()));
            }
        }
        return new Plan(rows, issues);
    }

    private static String name(CsvTable.Row r, DirectoryPreset preset) {
        for (String n : preset.name) {
            if (n.contains("|")) {
                String[] parts = n.split("\\|");
                String first = r.get(parts[0]);
                String last = r.get(parts[1]);
                if (first != null || last != null) {
                    return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
                }
            } else if (r.get(n) != null) {
                return r.get(n);
            }
        }
        return null;
    }

    public Result apply(Plan plan, boolean skipInvalid) {
        return apply(plan, skipInvalid, Progress.NONE);
    }

    /**
     * Writes the plan in one transaction; a cancel between rows rolls everything back, so nothing is saved. Rows
     * are written {@value #CHUNK} at a time: the people of a chunk are read in one query by e-mail, and the chunk is
     * flushed and let go before the next, so a directory of 120,000 people costs the same per row as one of ten; the
     * seats of people whose name, status, department, cost centre, sign-in or e-mail changed follow once every row is
     * written, so the licenses of their seats are locked once, in license id order ({@link HeldSeats#followAll}).
     */
    public Result apply(Plan plan, boolean skipInvalid, Progress progress) {
        if (!plan.valid() && !skipInvalid) {
            throw new ValidationException(plan.issues().stream()
                .map(i -> new FieldError(i.column() == null ? "file" : i.column(), i.toString())).toList());
        }
        return tx.write(session -> {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            ImportProgress rowsDone = new ImportProgress(progress, plan.rows().size());
            List<PersonRowIn> rows = plan.rows();
            Map<Long, HeldSeats.Holder> moved = new LinkedHashMap<>();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<PersonRowIn> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                Map<String, Person> byEmail = new HashMap<>();
                Map<String, Set<String>> aliases = new LinkedHashMap<>();
                for (Person known : session.createSelectionQuery("from Person p where p.emailKey in :keys", Person.class)
                        .setParameterList("keys", chunk.stream().map(r -> Person.normalizeEmail(r.email())).distinct().toList())
                        .getResultList()) {
                    byEmail.put(Person.normalizeEmail(known.getEmail()), known);
                }
                for (PersonRowIn r : chunk) {
                    rowsDone.next();
                    String key = Person.normalizeEmail(r.email());
                    Person p = byEmail.get(key);
                    if (r.aliases() != null) {
                        aliases.put(key, r.aliases());
                    }
                    if (p == null) {
                        p = new Person(trim(r.name(), Person.NAME_MAX), r.email(), clock.instant(), operator.get());
                        p.setSource(PersonSource.IMPORT);
                        apply(p, r);
                        if (r.status() == PersonStatus.OFFBOARDED) {
                            p.markOffboarded(clock.instant(), operator.get());
                        }
                        session.persist(p);
                        byEmail.put(key, p);
                        history.record(session, SubjectType.PERSON, p.getId(), HistoryAction.CREATE, p.getDisplayName());
                        created++;
                    } else {
                        var before = dev.seatledger.core.people.PersonSnapshots.of(p);
                        HeldSeats.Holder held = HeldSeats.Holder.of(p);
                        p.setDisplayName(trim(r.name(), Person.NAME_MAX));
                        apply(p, r);
                        HeldSeats.Holder now = HeldSeats.Holder.of(p);
                        if (!held.equals(now)) {
                            moved.put(p.getId(), now);
                        }
                        var after = dev.seatledger.core.people.PersonSnapshots.of(p);
                        if (before.changedFieldCount(after) == 0) {
                            unchanged++;
                        } else {
                            p.touch(clock.instant(), operator.get());
                            history.recordEdit(session, SubjectType.PERSON, p.getId(), before, after);
                            updated++;
                        }
                    }
                }
                session.flush();
                Map<Long, Set<String>> aliasesById = new LinkedHashMap<>();
                aliases.forEach((key, set) -> aliasesById.put(byEmail.get(key).getId(), set));
                session.doWork(c -> PersonAliases.replace(c, aliasesById));
                session.clear();
            }
            session.doWork(c -> HeldSeats.followAll(c, moved));
            rowsDone.finish();
            return new Result(created, updated, unchanged,
                (int) plan.issues().stream().map(ImportIssue::row).distinct().count());
        });
    }

    private static void apply(Person p, PersonRowIn r) {
        if (r.department() != null) {
            p.setDepartment(trim(r.department(), Person.TEXT_MAX));
        }
        if (r.costCentre() != null) {
            p.setCostCentre(trim(r.costCentre(), Person.TEXT_MAX));
        }
        if (r.division() != null) {
            p.setDivision(trim(r.division(), Person.TEXT_MAX));
        }
        if (r.title() != null) {
            p.setJobTitle(trim(r.title(), Person.TEXT_MAX));
        }
        if (r.manager() != null) {
            p.setManager(trim(r.manager(), Person.NAME_MAX));
        }
        if (r.employeeId() != null) {
            p.setEmployeeId(trim(r.employeeId(), Person.EMPLOYEE_ID_MAX));
        }
        if (r.status() != null && p.getStatus() != PersonStatus.OFFBOARDED) {
            // offboarding revokes seats and is done in the app: a file can only make someone inactive
            p.setStatus(r.status() == PersonStatus.OFFBOARDED ? PersonStatus.INACTIVE : r.status());
        }
        if (r.endDate() != null) {
            p.setEndDate(r.endDate());
        }
        if (r.lastSignIn() != null) {
            p.setLastSignIn(r.lastSignIn());
        }
    }

    private static String trim(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
