package dev.seatledger.core.license;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** The next term as "Renew…" proposes it, from the last term and the renewal review (see {@link RenewalProposal}). */
final class RenewalProposals {
    private RenewalProposals() {
    }

    /** The review's target seats and price change for the license, read as stored (V7, V22). */
    record Review(Integer targetSeats, BigDecimal priceChangePercent) {
        static final Review NONE = new Review(null, null);
    }

    static Review review(Session session, long licenseId) {
        List<Object[]> rows = session.createNativeQuery("select target_seats, price_change_pct from renewal_decision"
            + " where license_id = :id", Object[].class).setParameter("id", licenseId).getResultList();
        if (rows.isEmpty()) {
            return Review.NONE;
        }
        Object[] r = rows.get(0);
        return new Review(r[0] == null ? null : ((Number) r[0]).intValue(),
            r[1] == null ? null : new BigDecimal(r[1].toString()));
    }

    static RenewalProposal of(License l, List<LicenseTerm> terms, Map<Long, List<Amendment>> amendments, Review review) {
        LicenseTerm last = terms.get(terms.size() - 1);
        TermFigures now = CurrentTerm.withAmendments(last.figures(), amendments.getOrDefault(last.getId(), List.of()),
            l.getSeatType());
        LocalDate start = now.end() == null ? null : now.end().plusDays(1);
        boolean unlimited = l.getSeatType() == SeatType.UNLIMITED;
        Integer seats = unlimited ? null : review.targetSeats() != null && review.targetSeats() > 0 ? review.targetSeats()
            : now.seats();
        BigDecimal factor = review.priceChangePercent() == null ? BigDecimal.ONE
            : BigDecimal.ONE.add(review.priceChangePercent().movePointLeft(2));
        BigDecimal perSeat = null;
        BigDecimal total = null;
        if (now.cycle() == BillingCycle.CUSTOM) {
            BigDecimal yearly = now.customAnnual();
            if (yearly != null && seats != null && now.seats() != null && !seats.equals(now.seats()) && now.seats() > 0) {
                yearly = yearly.multiply(BigDecimal.valueOf(seats)).divide(BigDecimal.valueOf(now.seats()), MathContext.DECIMAL64);
            }
            total = yearly == null ? null : money(yearly.multiply(factor));
        } else if (now.perSeat() != null || (seats != null && !seats.equals(now.seats()))) {
            BigDecimal price = now.pricePerSeatPerCycle(l.getSeatType());
            perSeat = price == null ? null : money(price.multiply(factor));
        } else {
            total = now.total() == null ? null : money(now.total().multiply(factor));
        }
        return new RenewalProposal(start, end(start, now), seats, perSeat, total, review.priceChangePercent(), now.currency(), now.cycle());
    }

    /** The proposed end: the last term's length again from {@code start} (see {@link RenewalProposal}). */
    static LocalDate end(LocalDate start, TermFigures last) {
        if (start == null) {
            return null;
        }
        if (last.start() != null && last.end() != null && last.end().isAfter(last.start().plusDays(27))) {
            LocalDate after = last.end().plusDays(1);
            long months = ChronoUnit.MONTHS.between(last.start(), after);
            if (last.start().plusMonths(months).equals(after)) {
                return start.plusMonths(months).minusDays(1);
            }
            return start.plusDays(ChronoUnit.DAYS.between(last.start(), last.end()));
        }
        return start.plusYears(last.cycle() == BillingCycle.BIENNIAL ? 2 : 1).minusDays(1);
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
