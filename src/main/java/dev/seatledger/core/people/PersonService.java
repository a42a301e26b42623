package dev.seatledger.core.people;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.common.Validator;
import java.time.Clock;
import dev.seatledger.core.history.FieldDiff;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import org.hibernate.Session;

/** Create and edit people; email is unique ignoring case. */
public class PersonService {
    private static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;

    public PersonService(Transactions tx, Clock clock, Operator operator) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.history = new HistoryRecorder(clock, operator);
    }

    private final HistoryRecorder history;

    static FieldDiff snapshot(Person p) {
        return new FieldDiff()
            .put(Messages.get("person.field.name"), p.getDisplayName())
            .put(Messages.get("person.field.email"), p.getEmail())
            .put(Messages.get("person.field.department"), p.getDepartment())
            .put(Messages.get("person.field.costCentre"), p.getCostCentre())
            .put(Messages.get("person.field.division"), p.getDivision())
            .put(Messages.get("person.field.title"), p.getJobTitle())
            .put(Messages.get("person.field.manager"), p.getManager())
            .put(Messages.get("person.field.employeeId"), p.getEmployeeId())
            .put(Messages.get("person.field.endDate"), p.getEndDate())
            .put(Messages.get("person.field.status"), p.getStatus())
            .put(Messages.get("person.field.lastSignIn"), p.getLastSignIn());
    }

    public long create(PersonDraft draft) {
        PersonDraft d = validate(draft);
        try {
            return tx.write(session -> {
                requireEmailFree(session, d.email(), null);
                Person p = new Person(d.displayName(), d.email(), clock.instant(), operator.get());
                apply(p, d);
                session.persist(p);
                session.flush();
                history.record(session, SubjectType.PERSON, p.getId(), HistoryAction.CREATE, p.getDisplayName());
                return p.getId();
            });
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw duplicateEmail();
        }
    }

    public void update(long id, PersonDraft draft) {
        PersonDraft d = validate(draft);
        try {
            tx.run(session -> {
                Person p = load(session, id);
                requireEmailFree(session, d.email(), id);
                FieldDiff before = snapshot(p);
                HeldSeats.Holder held = HeldSeats.Holder.of(p);
                apply(p, d);
                HeldSeats.followIfChanged(session, held, p);
                history.recordEdit(session, SubjectType.PERSON, id, before, snapshot(p));
                p.touch(clock.instant(), operator.get());
                session.flush();
            });
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw duplicateEmail();
        }
    }

    public PersonDraft draftOf(long id) {
        return tx.read(session -> {
            Person p = load(session, id);
            return new PersonDraft(p.getDisplayName(), p.getEmail(), p.getDepartment(), p.getJobTitle(), p.getManager(),
                p.getEmployeeId(), p.getEndDate(), p.getStatus(), p.getLastSignIn());
        });
    }

    static Person load(Session session, long id) {
        Person p = session.find(Person.class, id);
        if (p == null) {
            throw new NotFoundException(Messages.get("person.notFound"));
        }
        return p;
    }

    private static void apply(Person p, PersonDraft d) {
        p.setDisplayName(d.displayName());
        p.setEmail(d.email());
        p.setDepartment(d.department());
        p.setJobTitle(d.jobTitle());
        p.setManager(d.manager());
        p.setEmployeeId(d.employeeId());
        p.setEndDate(d.endDate());
        p.setStatus(d.status());
        p.setLastSignIn(d.lastSignIn());
    }

    private static void requireEmailFree(Session session, String email, Long exceptId) {
        Long n = session.createSelectionQuery(
                "select count(p) from Person p where p.emailKey = :k and (:id is null or p.id <> :id)", Long.class)
            .setParameter("k", Person.normalizeEmail(email))
            .setParameter("id", exceptId)
            .getSingleResult();
        if (n > 0) {
            throw duplicateEmail();
        }
    }

    private static ValidationException duplicateEmail() {
        return ValidationException.of("email", Messages.get("person.email.duplicate"));
    }

    static PersonDraft validate(PersonDraft d) {
        PersonDraft t = new PersonDraft(Validator.trimToNull(d.displayName()), Validator.trimToNull(d.email()),
            Validator.trimToNull(d.department()), Validator.trimToNull(d.jobTitle()), Validator.trimToNull(d.manager()),
            Validator.trimToNull(d.employeeId()), d.endDate(), d.status() == null ? PersonStatus.ACTIVE : d.status(),
            d.lastSignIn());
        new Validator()
            .required("displayName", t.displayName(), Messages.get("person.field.name"))
            .maxLength("displayName", t.displayName(), Person.NAME_MAX, Messages.get("person.field.name"))
            .required("email", t.email(), Messages.get("person.field.email"))
            .maxLength("email", t.email(), Person.EMAIL_MAX, Messages.get("person.field.email"))
            .check(t.email() == null || t.email().matches(EMAIL_PATTERN), "email", Messages.get("person.email.invalid"))
            .maxLength("department", t.department(), Person.TEXT_MAX, Messages.get("person.field.department"))
            .maxLength("jobTitle", t.jobTitle(), Person.TEXT_MAX, Messages.get("person.field.title"))
            .maxLength("manager", t.manager(), Person.NAME_MAX, Messages.get("person.field.manager"))
            .maxLength("employeeId", t.employeeId(), Person.EMPLOYEE_ID_MAX, Messages.get("person.field.employeeId"))
            .throwIfInvalid();
        return t;
    }
}
