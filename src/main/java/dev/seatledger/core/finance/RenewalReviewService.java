package dev.seatledger.core.finance;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.license.License;
import java.time.Clock;

/** Records the renewal review: a decision, a target seat count and notes per license. */
public class RenewalReviewService {
    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;

    public RenewalReviewService(Transactions tx, Clock clock, Operator operator) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
    }

    public void save(long licenseId, Decision decision, Integer targetSeats, String notes) {
        save(licenseId, decision, targetSeats, null, notes, false);
    }

    /** The same with the price change expected at renewal, in percent (−100 to 1000; null for none). */
    public void save(long licenseId, Decision decision, Integer targetSeats, java.math.BigDecimal priceChangePercent,
                     String notes) {
        save(licenseId, decision, targetSeats, priceChangePercent, notes, true);
    }

    private void save(long licenseId, Decision decision, Integer targetSeats, java.math.BigDecimal priceChangePercent,
                      String notes, boolean withPriceChange) {
        if (priceChangePercent != null && (priceChangePercent.compareTo(java.math.BigDecimal.valueOf(-100)) < 0
                || priceChangePercent.compareTo(java.math.BigDecimal.valueOf(1000)) > 0)) {
            throw ValidationException.of("priceChange", Messages.get("finance.review.priceChangeRange"));
        }
        if (targetSeats != null && targetSeats < 0) {
            throw ValidationException.of("targetSeats", Messages.get("finance.review.seatsNegative"));
        }
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > RenewalDecision.NOTES_MAX) {
            throw ValidationException.of("notes", Messages.get("validation.tooLong",
                Messages.get("finance.review.notes"), RenewalDecision.NOTES_MAX));
        }
        Decision d = decision == null ? Decision.UNDECIDED : decision;
        tx.run(session -> {
            License license = session.find(License.class, licenseId);
            if (license == null) {
                throw new NotFoundException(Messages.get("license.notFound"));
            }
            RenewalDecision r = session.createSelectionQuery(
                    "from RenewalDecision r where r.license.id = :id", RenewalDecision.class)
                .setParameter("id", licenseId)
                .uniqueResult();
            if (r == null) {
                r = new RenewalDecision(license);
                r.update(d, targetSeats, text, clock.instant(), operator.get());
                session.persist(r);
            } else {
                r.update(d, targetSeats, text, clock.instant(), operator.get());
            }
            if (withPriceChange) {
                r.setPriceChangePercent(priceChangePercent);
            }
        });
    }
}
