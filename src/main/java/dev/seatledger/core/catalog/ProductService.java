package dev.seatledger.core.catalog;

import dev.seatledger.core.common.BusinessRuleException;
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

/** Create, edit, archive and restore catalog entries. */
public class ProductService {
    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final HistoryRecorder history;
    private final ProductHooks hooks;

    /** {@code hooks} hears of each product created, renamed, archived or restored, in its transaction. */
    public ProductService(Transactions tx, Clock clock, Operator operator, ProductHooks hooks) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.history = new HistoryRecorder(clock, operator);
        this.hooks = hooks;
    }

    static FieldDiff snapshot(Product p) {
        return new FieldDiff()
            .put(Messages.get("catalog.field.name"), p.getName())
            .put(Messages.get("catalog.field.publisher"), p.getPublisher())
            .put(Messages.get("catalog.field.category"), p.getCategory())
            .put(Messages.get("catalog.field.website"), p.getWebsite())
            .put(Messages.get("catalog.field.notes"), p.getNotes());
    }

    public long create(ProductDraft draft) {
        ProductDraft clean = validate(draft);
        try {
            return tx.write(session -> {
                requireNameFree(session, clean.name(), null);
                Product p = new Product(clean.name(), clean.publisher(), clock.instant(), operator.get());
                apply(p, clean);
                session.persist(p);
                session.flush();
                history.record(session, SubjectType.PRODUCT, p.getId(), HistoryAction.CREATE, p.getName());
                rematchApplications(session, p.getId());
                return p.getId();
            });
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw duplicateName();
        }
    }

    public void update(long id, ProductDraft draft) {
        ProductDraft clean = validate(draft);
        try {
            tx.run(session -> {
                Product p = load(session, id);
                requireNameFree(session, clean.name(), id);
                FieldDiff before = snapshot(p);
                String nameBefore = p.getName();
                apply(p, clean);
                history.recordEdit(session, SubjectType.PRODUCT, id, before, snapshot(p));
                p.touch(clock.instant(), operator.get());
                session.flush();
                if (!Product.normalize(nameBefore).equals(Product.normalize(p.getName()))) {
                    rematchApplications(session, id);
                }
            });
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw duplicateName();
        }
    }

    public void archive(long id) {
        tx.run(session -> {
            Product p = load(session, id);
            if (!p.isArchived()) {
                p.archive(clock.instant(), operator.get());
                history.record(session, SubjectType.PRODUCT, id, HistoryAction.ARCHIVE, null);
                rematchApplications(session, id);
            }
        });
    }

    public void restore(long id) {
        tx.run(session -> {
            Product p = load(session, id);
            if (p.isArchived()) {
                if (nameTaken(session, p.getName(), id)) {
                    throw new BusinessRuleException(Messages.get("catalog.restore.nameTaken", p.getName()));
                }
                p.restore();
                history.record(session, SubjectType.PRODUCT, id, HistoryAction.RESTORE, null);
                rematchApplications(session, id);
            }
        });
    }

    /** What is matched to products by name (installed applications) moves with a new, renamed or archived product. */
    private void rematchApplications(org.hibernate.Session session, long productId) {
        session.flush();
        session.doWork(c -> hooks.changed(c, java.util.List.of(productId)));
    }

    public ProductDraft draftOf(long id) {
        return tx.read(session -> {
            Product p = load(session, id);
            return new ProductDraft(p.getName(), p.getPublisher(), p.getCategory(), p.getWebsite(), p.getNotes());
        });
    }

    public void setGrade(long id, String letter, String risk) {
        tx.run(session -> {
            Product p = load(session, id);
            p.setGradeLetter(letter);
            p.setRiskLevel(risk);
            p.touch(clock.instant(), operator.get());
        });
    }

    private static Product load(Session session, long id) {
        Product p = session.find(Product.class, id);
        if (p == null) {
            throw new NotFoundException(Messages.get("catalog.notFound"));
        }
        return p;
    }

    private static void apply(Product p, ProductDraft d) {
        p.setName(d.name());
        p.setPublisher(d.publisher());
        p.setCategory(d.category());
        p.setWebsite(d.website());
        p.setNotes(d.notes());
    }

    private void requireNameFree(Session session, String name, Long exceptId) {
        if (nameTaken(session, name, exceptId)) {
            throw duplicateName();
        }
    }

    private static boolean nameTaken(Session session, String name, Long exceptId) {
        Long count = session.createSelectionQuery(
                "select count(p) from Product p where p.nameKey = :key and (:id is null or p.id <> :id)", Long.class)
            .setParameter("key", Product.normalize(name))
            .setParameter("id", exceptId)
            .getSingleResult();
        return count > 0;
    }

    private static ValidationException duplicateName() {
        return ValidationException.of("name", Messages.get("catalog.name.duplicate"));
    }

    static ProductDraft validate(ProductDraft d) {
        ProductDraft t = new ProductDraft(Validator.trimToNull(d.name()), Validator.trimToNull(d.publisher()),
            Validator.trimToNull(d.category()), Validator.trimToNull(d.website()), Validator.trimToNull(d.notes()));
        new Validator()
            .required("name", t.name(), Messages.get("catalog.field.name"))
            .maxLength("name", t.name(), Product.NAME_MAX, Messages.get("catalog.field.name"))
            .required("publisher", t.publisher(), Messages.get("catalog.field.publisher"))
            .maxLength("publisher", t.publisher(), Product.PUBLISHER_MAX, Messages.get("catalog.field.publisher"))
            .maxLength("category", t.category(), Product.CATEGORY_MAX, Messages.get("catalog.field.category"))
            .maxLength("website", t.website(), Product.WEBSITE_MAX, Messages.get("catalog.field.website"))
            .check(t.website() == null || t.website().matches("(?i)(https?://)?[\\w.-]+\\.[a-z]{2,}(/\\S*)?"),
                "website", Messages.get("catalog.website.invalid"))
            .maxLength("notes", t.notes(), Product.NOTES_MAX, Messages.get("catalog.field.notes"))
            .throwIfInvalid();
        return t;
    }
}
