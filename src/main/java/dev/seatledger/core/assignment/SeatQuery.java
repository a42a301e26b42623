package dev.seatledger.core.assignment;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.License;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Seat figures of a license, its assignment history, and the seats of a person. */
public class SeatQuery {
    private final Transactions tx;

    public SeatQuery(Transactions tx) {
        this.tx = tx;
    }

    public SeatSummary summary(long licenseId) {
        return tx.read(session -> {
            License l = session.find(License.class, licenseId);
            if (l == null) {
                throw new NotFoundException(Messages.get("license.notFound"));
            }
            long tracked = session.createSelectionQuery(
                    "select count(a) from Assignment a where a.license.id = :l and a.revokedAt is null", Long.class)
                .setParameter("l", licenseId).getSingleResult();
            return new SeatSummary(licenseId, l.getSeatsUsed(), l.getSeatsTotal(), l.isUnlimited(), tracked, l.isArchived());
        });
    }

    /**
     * Assignment history of a license, newest first (active and revoked). The newest seat ids are found on the seat
     * rows alone, then only those seats are joined to their holders: joining all of a 100,000-seat license's seats
     * to their people before sorting took seconds on a cold database.
     */
    public List<HistoryRow> history(long licenseId, int limit) {
        return tx.read(session -> {
            List<Long> ids = session.createSelectionQuery("select a.id from Assignment a where a.license.id = :l"
                    + " order by coalesce(a.revokedAt, a.assignedAt) desc, a.id desc", Long.class)
                .setParameter("l", licenseId)
                .setMaxResults(limit)
                .getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, HistoryRow> byId = new HashMap<>();
            for (HistoryRow r : session.createSelectionQuery("select a.id, p.id, p.displayName, p.email,"
                    + " a.assignedAt, a.assignedBy, a.revokedAt, a.revokedBy, a.revokeReason"
                    + " from Assignment a join a.person p where a.id in :ids", HistoryRow.class)
                .setParameterList("ids", ids)
                .getResultList()) {
                byId.put(r.assignmentId(), r);
            }
            return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        });
    }

    /** Every seat a person holds and held, with its annualized cost. */
    public List<PersonSeatRow> seatsOf(long personId) {
        return tx.read(session -> session.createSelectionQuery(
                "from Assignment a join fetch a.license l join fetch l.product where a.person.id = :p"
                    + " order by case when a.revokedAt is null then 0 else 1 end, a.assignedAt desc", Assignment.class)
            .setParameter("p", personId)
            .getResultList()
            .stream()
            .map(a -> {
                License l = a.getLicense();
                BigDecimal perSeat = CostMath.annualPerSeat(l.getBillingCycle(), l.getCostPerSeat(), l.getTotalCost(),
                    l.getCustomAnnualCost(), l.getSeatsTotal(), l.getSeatType());
                return new PersonSeatRow(a.getId(), l.getId(), l.getProduct().getName(), l.getName(),
                    l.getProduct().getPublisher(), a.getAccessLevel(), a.getAssignedAt(), a.getRevokedAt(),
                    a.getRevokeReason(), perSeat, l.getCurrency());
            })
            .toList());
    }

    public record HistoryRow(long assignmentId, long personId, String name, String email, Instant assignedAt,
                             String assignedBy, Instant revokedAt, String revokedBy, RevokeReason reason) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    public record PersonSeatRow(long assignmentId, long licenseId, String productName, String licenseName,
                                String publisher, String accessLevel, Instant assignedAt, Instant revokedAt,
                                RevokeReason reason, BigDecimal annualCost, String currency) {
        public boolean active() {
            return revokedAt == null;
        }

        public String displayName() {
            return licenseName == null ? productName : productName + " — " + licenseName;
        }
    }
}
