package dev.seatledger.core.license;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.common.Validator;
import dev.seatledger.core.history.HistoryAction;
import dev.seatledger.core.history.HistoryRecorder;
import dev.seatledger.core.history.SubjectType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Renewals and true-ups (ADR 0045): renewing adds the next term and never changes an earlier one; adding seats
 * records an amendment with its cost prorated by days to the term's end. Either keeps the license row's seats and
 * price those of the current term, and writes a history entry.
 */
public class TermService {
    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;
    private final HistoryRecorder history;

    public TermService(Transactions tx, Clock clock, Operator operator) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
        this.history = new HistoryRecorder(clock, operator);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the next term of the license would be if renewed now without other figures. */
    public RenewalProposal proposal(long licenseId) {
        return tx.read(session -> {
            License l = load(session, licenseId);
            List<LicenseTerm> terms = LicenseTerms.of(session, licenseId);
            if (terms.isEmpty()) {
                terms = List.of(LicenseTerms.firstFromRow(l, l.getCreatedAt(), l.getCreatedBy()));
            }
            return RenewalProposals.of(l, terms, LicenseTerms.amendments(session, licenseId),
                RenewalProposals.review(session, licenseId));
        });
    }

    public TermChange renew(RenewalRequest r) {
        return tx.write(session -> {
            License l = loadLive(session, r.licenseId());
            Instant now = clock.instant();
            List<LicenseTerm> terms = LicenseTerms.ensure(session, l, now, operator.get());
            Map<Long, List<Amendment>> amendments = LicenseTerms.amendments(session, l.getId());
            RenewalProposal proposed = RenewalProposals.of(l, terms, amendments, RenewalProposals.review(session, l.getId()));
            LicenseTerm last = terms.get(terms.size() - 1);
            LocalDate start = r.start() != null ? r.start() : proposed.start();
            validate(r, l, last, start);
            boolean priced = r.perSeat() != null || r.total() != null;
            LicenseTerm next = new LicenseTerm(l.getId(), last.getTermNo() + 1, now, operator.get());
            next.setStartDate(start);
            next.setEndDate(r.end());
            next.setSeatsTotal(l.isUnlimited() ? null : r.seats() != null ? r.seats() : proposed.seats());
            next.setCurrency(last.getCurrency());
            next.setBillingCycle(last.getBillingCycle());
            if (last.getBillingCycle() == BillingCycle.CUSTOM) {
                next.setCustomAnnualCost(!priced ? proposed.total() : r.total() != null ? r.total()
                    : r.perSeat().multiply(BigDecimal.valueOf(next.getSeatsTotal() == null ? 1 : next.getSeatsTotal())));
            } else {
                next.setCostPerSeat(priced ? r.perSeat() : proposed.perSeat());
                next.setTotalCost(priced ? r.total() : proposed.total());
            }
            next.setPurchaseOrder(Validator.trimToNull(r.purchaseOrder()));
            next.setInvoiceNumber(Validator.trimToNull(r.invoiceNumber()));
            session.persist(next);
            terms = new ArrayList<>(terms);
            terms.add(next);
            if (l.getRenewalDate() != null && last.getEndDate() != null && !l.getRenewalDate().isAfter(start)) {
                l.setRenewalDate(r.end().plusDays(ChronoUnit.DAYS.between(last.getEndDate(), l.getRenewalDate())));
            }
            l.setExpiryDate(r.end());
            l.setStatus(LicenseStatus.ACTIVE);
            LicenseTerms.applyCurrent(l, terms, amendments, today());
            l.touch(now, operator.get());
            session.flush();
            String review = ReviewOnRenewal.close(session, l.getId(), now, operator.get());
            history.record(session, SubjectType.LICENSE, l.getId(), HistoryAction.RENEW,
                TermText.renewed(next.figures(), last.figures(), l.getSeatType(), review));
            List<String> warnings = new ArrayList<>();
            if (next.getSeatsTotal() != null && next.getSeatsTotal() < l.getSeatsUsed()) {
                warnings.add(Messages.get("term.warning.belowAssigned", next.getSeatsTotal(), l.getSeatsUsed(),
                    l.getSeatsUsed() - next.getSeatsTotal()));
            }
            return new TermChange(next.getId(), next.getTermNo(), next.figures().annualized(l.getSeatType()),
                next.getCurrency(), warnings);
        });
    }

    private static void validate(RenewalRequest r, License l, LicenseTerm last, LocalDate start) {
        Validator v = new Validator();
        v.check(r.end() != null, "end", Messages.get("term.end.required"));
        v.check(start != null, "start", Messages.get("term.start.required"));
        if (start != null && last.getEndDate() != null) {
            v.check(start.isAfter(last.getEndDate()), "start",
                Messages.get("term.start.overlaps", Messages.date(last.getEndDate())));
        } else if (start != null && last.getStartDate() != null) {
            v.check(start.isAfter(last.getStartDate()), "start",
                Messages.get("term.start.notAfterLast", Messages.date(last.getStartDate())));
        }
        if (start != null && r.end() != null) {
            v.check(!r.end().isBefore(start), "end", Messages.get("term.end.beforeStart", Messages.date(r.end()),
                Messages.date(start)));
        }
        if (l.isUnlimited()) {
            v.check(r.seats() == null, "seats", Messages.get("term.seats.unlimited"));
        } else {
            v.check(r.seats() == null || r.seats() >= 1, "seats", Messages.get("term.seats.min"));
        }
        v.check(r.perSeat() == null || r.perSeat().signum() >= 0, "perSeat", Messages.get("term.amount.negative"));
        v.check(r.total() == null || r.total().signum() >= 0, "total", Messages.get("term.amount.negative"));
        v.maxLength("purchaseOrder", r.purchaseOrder(), License.REF_MAX, Messages.get("license.field.po"));
        v.maxLength("invoiceNumber", r.invoiceNumber(), License.REF_MAX, Messages.get("license.field.invoice"));
        v.throwIfInvalid();
    }

    public TermChange addSeats(AddSeatsRequest r) {
        return tx.write(session -> {
            License l = loadLive(session, r.licenseId());
            Instant now = clock.instant();
            List<LicenseTerm> terms = LicenseTerms.ensure(session, l, now, operator.get());
            Priced p = price(l, terms, r);
            session.persist(new LicenseAmendment(l.getId(), p.term().getId(), p.amendment(),
                Validator.trimToNull(r.purchaseOrder()), now, operator.get()));
            session.flush();
            LicenseTerms.applyCurrent(l, terms, LicenseTerms.amendments(session, l.getId()), today());
            l.touch(now, operator.get());
            history.record(session, SubjectType.LICENSE, l.getId(), HistoryAction.ADD_SEATS,
                TermText.amended(p.amendment(), p.term().figures()));
            return p.change();
        });
    }

    /**
     * What {@link #addSeats} would record, without recording it: the term the seats go to and their prorated cost,
     * refused with the same field messages.
     */
    public TermChange quoteAddSeats(AddSeatsRequest r) {
        return tx.read(session -> {
            License l = loadLive(session, r.licenseId());
            List<LicenseTerm> terms = LicenseTerms.of(session, l.getId());
            if (terms.isEmpty()) {
                terms = List.of(LicenseTerms.firstFromRow(l, l.getCreatedAt(), l.getCreatedBy()));
            }
            return price(l, terms, r).change();
        });
    }

    private record Priced(LicenseTerm term, Amendment amendment) {
        TermChange change() {
            return new TermChange(term.getId() == null ? 0 : term.getId(), term.getTermNo(), amendment.proratedCost(),
                amendment.currency(), List.of());
        }
    }

    private Priced price(License l, List<LicenseTerm> terms, AddSeatsRequest r) {
        Validator v = new Validator();
        v.check(!l.isUnlimited(), "seats", Messages.get("term.seats.unlimited"));
        v.check(r.seats() >= 1, "seats", Messages.get("term.seats.min"));
        v.check(r.from() != null, "from", Messages.get("term.from.required"));
        v.check(r.perSeat() == null || r.perSeat().signum() >= 0, "perSeat", Messages.get("term.amount.negative"));
        v.maxLength("purchaseOrder", r.purchaseOrder(), License.REF_MAX, Messages.get("license.field.po"));
        v.throwIfInvalid();
        LicenseTerm term = termHolding(terms, r.from(), today());
        TermFigures f = term.figures();
        BigDecimal price = r.perSeat() != null ? r.perSeat() : f.pricePerSeatPerCycle(l.getSeatType());
        if (price == null) {
            throw ValidationException.of("perSeat", Messages.get("term.perSeat.missing"));
        }
        BigDecimal cost = Proration.cost(r.seats(), price, f.cycle(), r.from(), f.start(), f.end());
        return new Priced(term, new Amendment(r.from(), r.seats(), price, cost, f.currency()));
    }

    /** The term that holds the day, if it is the current term or a later one and can be prorated. */
    private static LicenseTerm termHolding(List<LicenseTerm> terms, LocalDate day, LocalDate today) {
        LicenseTerm holding = null;
        for (LicenseTerm t : terms) {
            if (t.figures().holds(day)) {
                holding = t;
            }
        }
        if (holding == null) {
            throw ValidationException.of("from", Messages.get("term.from.noTerm", Messages.date(day),
                terms.stream().map(t -> TermText.span(t.figures())).collect(Collectors.joining(", "))));
        }
        LicenseTerm current = CurrentTerm.of(terms, LicenseTerm::figures, today);
        if (holding.getTermNo() < current.getTermNo()) {
            throw ValidationException.of("from", Messages.get("term.from.pastTerm", Messages.date(day), TermText.span(holding.figures())));
        }
        TermFigures f = holding.figures();
        if (f.cycle() != BillingCycle.ONE_TIME && f.days() == null) {
            throw ValidationException.of("from", Messages.get("term.from.openTerm", Messages.date(day)));
        }
        return holding;
    }

    /**
     * Moves every license whose current term changed with the date (a renewal that has begun) onto that term's
     * seats and price; returns how many changed. Run when the database is opened, since days pass between uses.
     */
    public int rollOver() {
        return tx.write(session -> {
            List<LicenseTerm> terms = session.createSelectionQuery("from LicenseTerm t where t.licenseId in"
                + " (select x.licenseId from LicenseTerm x group by x.licenseId having count(*) > 1)"
                + " order by t.licenseId, t.termNo", LicenseTerm.class).getResultList();
            Map<Long, List<LicenseTerm>> byLicense = terms.stream().collect(Collectors.groupingBy(
                LicenseTerm::getLicenseId, java.util.LinkedHashMap::new, Collectors.toList()));
            int changed = 0;
            for (Map.Entry<Long, List<LicenseTerm>> e : byLicense.entrySet()) {
                License l = session.find(License.class, e.getKey());
                if (l != null && LicenseTerms.applyCurrent(l, e.getValue(), LicenseTerms.amendments(session, l.getId()),
                        today())) {
                    changed++;
                }
            }
            return changed;
        });
    }

    private static License load(Session session, long id) {
        License l = session.find(License.class, id);
        if (l == null) {
            throw ValidationException.of("license", Messages.get("term.license.unknown", id));
        }
        return l;
    }

    private static License loadLive(Session session, long id) {
        License l = load(session, id);
        if (l.isArchived()) {
            throw ValidationException.of("license", Messages.get("term.license.archived", id));
        }
        return l;
    }
}
