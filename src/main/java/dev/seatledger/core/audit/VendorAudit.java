package dev.seatledger.core.audit;

import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.assignment.AssignmentService;
import dev.seatledger.core.assignment.RevokeReason;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.NotFoundException;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.people.PersonKeys;
import dev.seatledger.core.usage.UsageRollup;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An audit settled by the vendor's own list (PRODUCT.md sections 5 and 13): {@link #compare} sets a license's holders
 * beside a vendor's user export or a plain list of addresses; {@link #complete} takes the chosen actions (revoke
 * holders without an account, assign unrecorded people SeatLedger knows) and completes the audit in progress with the
 * proposed count, the three lists' sizes and every action in its history entry.
 */
public class VendorAudit {
    private final Transactions tx;
    private final AuditService audits;
    private final AssignmentService assignments;

    public VendorAudit(Transactions tx, AuditService audits, AssignmentService assignments) {
        this.tx = tx;
        this.audits = audits;
        this.assignments = assignments;
    }

    /** Compares the license's active seats with the accounts a vendor's file lists. */
    public VendorComparison compare(long licenseId, UsageRollup vendor) {
        List<UsageRollup.Listed> accounts = vendor.people().stream().filter(UsageRollup.Listed::active).toList();
        return tx.read(session -> session.doReturningWork(c -> {
            List<VendorComparison.Holder> holders = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select a.id, p.id, p.display_name, p.email from assignment a"
                    + " join person p on p.id = a.person_id where a.license_id = ? and a.revoked_at is null"
                    + " order by lower(p.display_name), a.id")) {
                ps.setLong(1, licenseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        holders.add(new VendorComparison.Holder(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4)));
                    }
                }
            }
            if (holders.isEmpty() && !exists(c, licenseId)) {
                throw new NotFoundException(Messages.get("license.notFound"));
            }
            Set<String> keys = new HashSet<>();
            accounts.forEach(a -> keys.add(Person.normalizeEmail(a.account())));
            Map<String, Long> people = PersonKeys.resolve(c, keys);
            Set<Long> listedPeople = new HashSet<>(people.values());
            Set<Long> holding = new HashSet<>();
            List<VendorComparison.Holder> with = new ArrayList<>();
            List<VendorComparison.Holder> without = new ArrayList<>();
            for (VendorComparison.Holder h : holders) {
                holding.add(h.personId());
                (listedPeople.contains(h.personId()) || keys.contains(Person.normalizeEmail(h.email())) ? with : without)
                    .add(h);
            }
            Map<Long, String> names = names(c, people.values());
            List<VendorComparison.Account> unrecorded = new ArrayList<>();
            for (UsageRollup.Listed a : accounts) {
                Long person = people.get(Person.normalizeEmail(a.account()));
                if (person == null || !holding.contains(person)) {
                    unrecorded.add(new VendorComparison.Account(a.account(), person, person == null ? null
                        : names.get(person), a.billable()));
                }
            }
            return new VendorComparison(licenseId, vendor.format(), with, without, unrecorded, proposed(vendor),
                vendor.guests(), vendor.serviceAccounts());
        }));
    }

    /**
     * The vendor's billable accounts: those the file marks billable and active (guests and service accounts too, when
     * the vendor bills them); without a billable column, its active accounts that are people.
     */
    static int proposed(UsageRollup vendor) {
        List<UsageRollup.Listed> all = vendor.allListed();
        if (all.stream().anyMatch(a -> a.billable() != null)) {
            return (int) all.stream().filter(a -> a.active() && Boolean.TRUE.equals(a.billable())).count();
        }
        return (int) vendor.people().stream().filter(UsageRollup.Listed::active).count();
    }

    private static boolean exists(java.sql.Connection c, long licenseId) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from license where id = ?")) {
            ps.setLong(1, licenseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Map<Long, String> names(java.sql.Connection c, Collection<Long> ids) throws java.sql.SQLException {
        Map<Long, String> out = new HashMap<>();
        for (List<Long> part : dev.seatledger.core.common.IdChunks.chunks(new HashSet<>(ids))) {
            try (PreparedStatement ps = dev.seatledger.core.common.IdChunks.prepare(c,
                    "select id, display_name from person where id in (%s)", part); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * Completes the audit in progress with the comparison's proposed count: revokes the chosen seats of holders without
     * an account (reason reclaim), assigns the chosen unrecorded people, and records the count, the three lists' sizes
     * and every action (and any refused) in the audit's history entry.
     */
    public AuditRow complete(VendorComparison comparison, Collection<Long> revokeSeats, Collection<Long> assignPeople,
                             String notes, Integer nextInMonths) {
        if (!audits.state(comparison.licenseId()).inProgress()) {
            throw new BusinessRuleException(Messages.get("audit.noneOpen"));
        }
        List<String> done = new ArrayList<>();
        for (VendorComparison.Holder h : comparison.withoutAccount()) {
            if (revokeSeats.contains(h.assignmentId())) {
                done.add(act(() -> assignments.revoke(h.assignmentId(), RevokeReason.RECLAIM), "audit.vendor.revoked",
                    h.email()));
            }
        }
        for (VendorComparison.Account a : comparison.unrecorded()) {
            if (a.personId() != null && assignPeople.contains(a.personId())) {
                done.add(act(() -> assignments.assign(comparison.licenseId(), a.personId(), AssignmentDraft.EMPTY),
                    "audit.vendor.assigned", a.email()));
            }
        }
        String detail = Messages.get("audit.history.vendor", comparison.format().displayName(),
            comparison.withAccount().size(), comparison.withoutAccount().size(), comparison.unrecorded().size(),
            done.isEmpty() ? Messages.get("audit.vendor.noActions") : String.join("; ", done));
        return audits.complete(comparison.licenseId(), comparison.proposedCount(), notes, nextInMonths, detail);
    }

    private static String act(Runnable action, String key, String email) {
        try {
            action.run();
            return Messages.get(key, email);
        } catch (BusinessRuleException | NotFoundException e) {
            return Messages.get("audit.vendor.refused", Messages.get(key, email), e.getMessage());
        }
    }
}
