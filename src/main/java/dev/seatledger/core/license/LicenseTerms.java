package dev.seatledger.core.license;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * A license's terms and amendments inside a transaction, and the rule that keeps the license row's seats and price
 * those of its current term with that term's amendments (ADR 0045).
 */
public final class LicenseTerms {
    /**
     * Gives every license without a term its first term, from the license row as it stands (the statement V22 ran
     * for the licenses of its day). Bulk writers of licenses (imports, sample and demo data) run it once at the end.
     */
    public static final String INSERT_MISSING = "insert into license_term (license_id, term_no, start_date, end_date,"
        + " seats_total, cost_per_seat, total_cost, custom_annual_cost, currency, billing_cycle, purchase_order,"
        + " invoice_number, created_at, created_by, version)"
        + " select l.id, 1, l.start_date, l.expiry_date, l.seats_total, l.cost_per_seat, l.total_cost,"
        + " l.custom_annual_cost, l.currency, l.billing_cycle, l.purchase_order, l.invoice_number, l.created_at,"
        + " l.created_by, 0 from license l where not exists (select 1 from license_term t where t.license_id = l.id)";

    private LicenseTerms() {
    }

    public static int insertMissing(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate(INSERT_MISSING);
        }
    }

    /** The license's terms in sequence. */
    static List<LicenseTerm> of(Session session, long licenseId) {
        return session.createSelectionQuery("from LicenseTerm t where t.licenseId = :id order by t.termNo",
            LicenseTerm.class).setParameter("id", licenseId).getResultList();
    }

    /** The license's terms, its first one written from the license row if it has none yet. */
    static List<LicenseTerm> ensure(Session session, License l, Instant at, String by) {
        List<LicenseTerm> terms = of(session, l.getId());
        if (!terms.isEmpty()) {
            return terms;
        }
        LicenseTerm first = firstFromRow(l, at, by);
        session.persist(first);
        return new ArrayList<>(List.of(first));
    }

    /** A license's first term as its row holds it, not yet stored. */
    static LicenseTerm firstFromRow(License l, Instant at, String by) {
        LicenseTerm first = new LicenseTerm(l.getId(), 1, at, by);
        copyFigures(first, figuresOf(l));
        first.setStartDate(l.getStartDate());
        first.setEndDate(l.getExpiryDate());
        first.setPurchaseOrder(l.getPurchaseOrder());
        first.setInvoiceNumber(l.getInvoiceNumber());
        return first;
    }

    /** The license's amendments by term id, in date order. */
    static Map<Long, List<Amendment>> amendments(Session session, long licenseId) {
        Map<Long, List<Amendment>> byTerm = new HashMap<>();
        session.createSelectionQuery("from LicenseAmendment a where a.licenseId = :id order by a.effectiveDate, a.id",
                LicenseAmendment.class).setParameter("id", licenseId).getResultList()
            .forEach(a -> byTerm.computeIfAbsent(a.getTermId(), k -> new ArrayList<>()).add(a.amendment()));
        return byTerm;
    }

    /** The license row's seats and price as plain figures. */
    static TermFigures figuresOf(License l) {
        return new TermFigures(0, l.getStartDate(), l.getExpiryDate(), l.getSeatsTotal(), l.getCostPerSeat(),
            l.getTotalCost(), l.getCustomAnnualCost(), l.getCurrency(), l.getBillingCycle());
    }

    static void copyFigures(LicenseTerm t, TermFigures f) {
        t.setSeatsTotal(f.seats());
        t.setCostPerSeat(f.perSeat());
        t.setTotalCost(f.total());
        t.setCustomAnnualCost(f.customAnnual());
        t.setCurrency(f.currency());
        t.setBillingCycle(f.cycle());
    }

    /**
     * Sets the license row's seats, price, currency, cycle, PO and invoice to those of its current term with the
     * term's amendments; returns whether anything changed.
     */
    static boolean applyCurrent(License l, List<LicenseTerm> terms, Map<Long, List<Amendment>> amendments,
                                LocalDate today) {
        LicenseTerm current = CurrentTerm.of(terms, LicenseTerm::figures, today);
        if (current == null) {
            return false;
        }
        TermFigures f = CurrentTerm.withAmendments(current.figures(),
            amendments.getOrDefault(current.getId(), List.of()), l.getSeatType());
        boolean changed = !Objects.equals(l.getSeatsTotal(), f.seats()) || differs(l.getCostPerSeat(), f.perSeat())
            || differs(l.getTotalCost(), f.total()) || differs(l.getCustomAnnualCost(), f.customAnnual())
            || !l.getCurrency().equals(f.currency()) || l.getBillingCycle() != f.cycle()
            || !Objects.equals(l.getPurchaseOrder(), current.getPurchaseOrder())
            || !Objects.equals(l.getInvoiceNumber(), current.getInvoiceNumber());
        if (changed) {
            l.setSeatsTotal(f.seats());
            l.setCostPerSeat(f.perSeat());
            l.setTotalCost(f.total());
            l.setCustomAnnualCost(f.customAnnual());
            l.setCurrency(f.currency());
            l.setBillingCycle(f.cycle());
            l.setPurchaseOrder(current.getPurchaseOrder());
            l.setInvoiceNumber(current.getInvoiceNumber());
        }
        return changed;
    }

    /**
     * The license form edits the current term: its seats and price become the form's less the term's amendments,
     * with the form's currency, cycle, PO and invoice; the first term takes the form's start date and the last its
     * expiry date when that term is the current one. Earlier terms are never touched.
     */
    static void followEdit(Session session, License l, Instant at, String by, LocalDate today) {
        List<LicenseTerm> terms = ensure(session, l, at, by);
        LicenseTerm current = CurrentTerm.of(terms, LicenseTerm::figures, today);
        List<Amendment> added = amendments(session, l.getId()).getOrDefault(current.getId(), List.of());
        copyFigures(current, CurrentTerm.withoutAmendments(figuresOf(l), added, l.getSeatType()));
        current.setPurchaseOrder(l.getPurchaseOrder());
        current.setInvoiceNumber(l.getInvoiceNumber());
        if (current == terms.get(0)) {
            current.setStartDate(l.getStartDate());
        }
        if (current == terms.get(terms.size() - 1)) {
            current.setEndDate(l.getExpiryDate());
        }
    }

    private static boolean differs(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b != null : b == null || a.compareTo(b) != 0;
    }
}
