package dev.seatledger.core.license;

import dev.seatledger.core.common.Messages;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * A renewal closes the review that prepared it: the decision, target seats and notes go into the renewal's history
 * entry and the review starts again undecided for the next renewal (ADR 0045).
 */
final class ReviewOnRenewal {
    private ReviewOnRenewal() {
    }

    /** Resets the license's review; returns what it said, as a history phrase, or null when nothing was recorded. */
    static String close(org.hibernate.Session session, long licenseId, Instant at, String by) {
        List<Object[]> rows = session.createNativeQuery("select decision, target_seats, notes from renewal_decision"
            + " where license_id = :id", Object[].class).setParameter("id", licenseId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        session.createNativeMutationQuery("update renewal_decision set decision = 'UNDECIDED', target_seats = null,"
                + " price_change_pct = null, notes = null, updated_at = :at, updated_by = :by, version = version + 1"
                + " where license_id = :id")
            .setParameter("at", Timestamp.from(at)).setParameter("by", by).setParameter("id", licenseId).executeUpdate();
        String decision = Messages.get("finance.decision." + r[0]);
        String target = r[1] == null ? "" : Messages.get("term.history.reviewTarget", ((Number) r[1]).intValue());
        String notes = r[2] == null ? "" : Messages.get("term.history.reviewNotes", r[2]);
        if ("UNDECIDED".equals(r[0]) && target.isEmpty() && notes.isEmpty()) {
            return null;
        }
        return Messages.get("term.history.review", decision) + target + notes;
    }
}
