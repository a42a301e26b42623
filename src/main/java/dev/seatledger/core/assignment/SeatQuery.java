package dev.seatledger.core.assignment;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.SqlValues;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.license.CostMath;
import dev.seatledger.core.license.License;
import dev.seatledger.core.usage.LastUse;
import dev.seatledger.core.usage.UsageFormat;
import dev.seatledger.core.usage.UsageSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

    private static final String NEWEST_FIRST = " order by license_id desc, revoked_at desc, assigned_at desc, id desc"
        + " fetch first ? rows only";

    /** The newest active seats of a license by assignment: id, event time, assignment time. */
    static final String NEWEST_ACTIVE = "select id, assigned_at, assigned_at from assignment where license_id = ?"
        + " and revoked_at is null" + NEWEST_FIRST;

    /** The newest revoked seats of a license by revoke: id, event time, assignment time. */
    static final String NEWEST_REVOKED = "select id, revoked_at, assigned_at from assignment where license_id = ?"
        + " and revoked_at > timestamp with time zone '1970-01-01 00:00:00+00'" + NEWEST_FIRST;

    /**
     * Assignment history of a license, newest first (active and revoked): by the time of each seat's latest event
     * (its revoke, or its assignment while it is active), then assignment time and id. The newest {@code limit}
     * events are among the newest {@code limit} active seats and the newest {@code limit} revoked ones, each read
     * from the newest end of the holder-assigned index (license, revoked at, assigned at, id): the sort names the
     * index's columns, and revoked seats are a range of it (revoked after the epoch, which every revoke is), so
     * neither read touches more than {@code limit} entries even on a 100,000-seat license. Only the seats shown
     * are then joined to their holders.
     */
    public List<HistoryRow> history(long licenseId, int limit) {
        return tx.read(session -> {
            List<Object[]> events = new ArrayList<>();
            for (String sql : new String[] {NEWEST_ACTIVE, NEWEST_REVOKED}) {
                events.addAll(session.createNativeQuery(sql, Object[].class).setParameter(1, licenseId)
                    .setParameter(2, limit).getResultList());
            }
            List<Long> ids = events.stream()
                .sorted(Comparator.comparing((Object[] e) -> SqlValues.instant(e[1]))
                    .thenComparing(e -> SqlValues.instant(e[2])).thenComparing(e -> ((Number) e[0]).longValue()).reversed())
                .limit(limit).map(e -> ((Number) e[0]).longValue()).toList();
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

    /**
     * Every seat a person holds and held, with its annualized cost and its last use (one more read of the person's
     * seats' usage columns, which the entity does not map: they are generated, V21).
     */
    public List<PersonSeatRow> seatsOf(long personId) {
        return tx.read(session -> {
            Map<Long, LastUse> lastUse = new HashMap<>();
            for (Object[] r : session.createNativeQuery("select id, used_at, used_source, evidence_format, holder_sign_in"
                    + " from assignment where person_id = :p", Object[].class).setParameter("p", personId).getResultList()) {
                lastUse.put(((Number) r[0]).longValue(), LastUse.of(SqlValues.date(r[1]),
                    r[2] == null ? null : UsageSource.ofColumn(r[2].toString()),
                    UsageFormat.ofCode(r[3] == null ? null : r[3].toString()), SqlValues.date(r[4])));
            }
            return session.createSelectionQuery(
                    "from Assignment a join fetch a.license l join fetch l.product where a.person.id = :p"
                        + " order by case when a.revokedAt is null then 0 else 1 end, a.assignedAt desc", Assignment.class)
                .setParameter("p", personId)
                .getResultList()
                .stream()
                .map(a -> {
                    License l = a.getLicense();
                    BigDecimal perSeat = CostMath.annualPerSeat(l.getBillingCycle(), l.getCostPerSeat(),
                        l.getTotalCost(), l.getCustomAnnualCost(), l.getSeatsTotal(), l.getSeatType());
                    return new PersonSeatRow(a.getId(), l.getId(), l.getProduct().getName(), l.getName(),
                        l.getProduct().getPublisher(), a.getAccessLevel(), a.getAssignedAt(), a.getRevokedAt(),
                        a.getRevokeReason(), perSeat, l.getCurrency(), lastUse.get(a.getId()));
                })
                .toList();
        });
    }

    public record HistoryRow(long assignmentId, long personId, String name, String email, Instant assignedAt,
                             String assignedBy, Instant revokedAt, String revokedBy, RevokeReason reason) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    public record PersonSeatRow(long assignmentId, long licenseId, String productName, String licenseName,
                                String publisher, String accessLevel, Instant assignedAt, Instant revokedAt,
                                RevokeReason reason, BigDecimal annualCost, String currency, LastUse lastUse) {
        public boolean active() {
            return revokedAt == null;
        }

        public String displayName() {
            return licenseName == null ? productName : productName + " — " + licenseName;
        }
    }
}
