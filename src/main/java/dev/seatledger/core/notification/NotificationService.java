package dev.seatledger.core.notification;

import dev.seatledger.core.common.Messages;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.history.SubjectType;
import dev.seatledger.core.license.License;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.core.people.Person;
import dev.seatledger.core.people.PersonStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * The notification centre: per-operator notifications from audits due, licenses entering their notice
 * window and people leaving soon. A scan is idempotent: each source item notifies each operator once.
 */
public class NotificationService {
    public static final int LEAVING_WINDOW_DAYS = 30;
    public static final Duration SCAN_INTERVAL = Duration.ofMinutes(15);

    private final Transactions tx;
    private final Clock clock;
    private final Operator operator;

    public NotificationService(Transactions tx, Clock clock, Operator operator) {
        this.tx = tx;
        this.clock = clock;
        this.operator = operator;
    }

    /** Records that the current operator uses this database (done at start-up). */
    public void registerOperator() {
        tx.run(session -> {
            OperatorAccount a = session.find(OperatorAccount.class, operator.get());
            if (a == null) {
                session.persist(new OperatorAccount(operator.get(), clock.instant()));
            } else {
                a.seen(clock.instant());
            }
        });
    }

    /** Creates the notifications that are due today for every operator; returns how many were new. */
    public int scan() {
        LocalDate today = LocalDate.now(clock);
        return tx.write(session -> {
            List<Notice> due = new ArrayList<>();
            for (License l : session.createSelectionQuery(
                    "from License l join fetch l.product where l.archivedAt is null and l.nextAuditDate <= :today",
                    License.class).setParameter("today", today).getResultList()) {
                due.add(new Notice(NotificationKind.AUDIT_DUE, Messages.get("notify.auditDue.subject", name(l)),
                    Messages.get("notify.auditDue.body", Messages.date(l.getNextAuditDate())), SubjectType.LICENSE, l.getId(),
                    "audit-due:" + l.getId() + ":" + l.getNextAuditDate()));
            }
            for (License l : session.createSelectionQuery(
                    "from License l join fetch l.product where l.archivedAt is null and l.expiryDate >= :today"
                        + " and l.status in (:statuses)", License.class)
                    .setParameter("today", today)
                    .setParameter("statuses", List.of(LicenseStatus.ACTIVE, LicenseStatus.PENDING_RENEWAL, LicenseStatus.TRIAL))
                    .getResultList()) {
                long days = ChronoUnit.DAYS.between(today, l.getExpiryDate());
                if (days <= l.getRenewalNoticeDays()) {
                    due.add(new Notice(NotificationKind.RENEWAL_NOTICE,
                        Messages.get("notify.renewal.subject", name(l), days),
                        Messages.get(l.isAutoRenew() ? "notify.renewal.body.auto" : "notify.renewal.body",
                            Messages.date(l.getExpiryDate())), SubjectType.LICENSE, l.getId(),
                        "renewal:" + l.getId() + ":" + l.getExpiryDate()));
                }
            }
            for (Person p : session.createSelectionQuery(
                    "from Person p where p.endDate is not null and p.endDate <= :limit and p.status <> :off", Person.class)
                    .setParameter("limit", today.plusDays(LEAVING_WINDOW_DAYS))
                    .setParameter("off", PersonStatus.OFFBOARDED)
                    .getResultList()) {
                due.add(new Notice(NotificationKind.PERSON_LEAVING,
                    Messages.get("notify.leaving.subject", p.getDisplayName(), Messages.date(p.getEndDate())),
                    Messages.get("notify.leaving.body"), SubjectType.PERSON, p.getId(),
                    "leaving:" + p.getId() + ":" + p.getEndDate()));
            }
            return notifyEveryone(session, due);
        });
    }

    /** Adds one notification to every operator (used by sources outside the scan, e.g. reclaimed seats). */
    public int notifyEveryone(Session session, NotificationKind kind, String subject, String body, SubjectType type,
                              Long id, String dedupeKey) {
        return notifyEveryone(session, List.of(new Notice(kind, subject, body, type, id, dedupeKey)));
    }

    /**
     * Gives each notice to every operator who has not had it yet (same dedupe key), inside the caller's
     * transaction: one query for the operators and one per {@value #KEYS_PER_QUERY} keys for what exists,
     * whatever the number of notices. Returns how many notifications were created.
     */
    public int notifyEveryone(Session session, List<Notice> notices) {
        if (notices.isEmpty()) {
            return 0;
        }
        List<String> operators = session.createSelectionQuery("select o.name from OperatorAccount o", String.class)
            .getResultList();
        Set<String> given = new HashSet<>();
        List<String> keys = notices.stream().map(Notice::dedupeKey).distinct().toList();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            for (Object[] row : session.createSelectionQuery(
                    "select n.operator, n.dedupeKey from Notification n where n.dedupeKey in :k", Object[].class)
                .setParameter("k", keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY))).getResultList()) {
                given.add(row[0] + "\n" + row[1]);
            }
        }
        Instant now = clock.instant();
        int created = 0;
        for (Notice n : notices) {
            for (String op : operators) {
                if (given.add(op + "\n" + n.dedupeKey())) {
                    session.persist(new Notification(op, n.kind(), n.subject(), n.body(), n.type(), n.id(), n.dedupeKey(), now));
                    created++;
                }
            }
        }
        return created;
    }

    private static final int KEYS_PER_QUERY = 500;

    public long unreadCount() {
        return tx.read(session -> session.createSelectionQuery(
                "select count(n) from Notification n where n.operator = :o and n.readAt is null", Long.class)
            .setParameter("o", operator.get()).getSingleResult());
    }

    public List<NotificationRow> latestUnread(int limit) {
        return list(true, limit);
    }

    public List<NotificationRow> list(boolean unreadOnly, int limit) {
        return tx.read(session -> session.createSelectionQuery(
                "from Notification n where n.operator = :o" + (unreadOnly ? " and n.readAt is null" : "")
                    + " order by n.createdAt desc, n.id desc", Notification.class)
            .setParameter("o", operator.get())
            .setMaxResults(limit)
            .getResultList().stream().map(NotificationService::toRow).toList());
    }

    /** New notifications not yet shown as a desktop toast; marks them shown. */
    public List<NotificationRow> takeToasts() {
        return tx.write(session -> {
            List<Notification> fresh = session.createSelectionQuery(
                    "from Notification n where n.operator = :o and n.readAt is null and n.toasted = false"
                        + " order by n.createdAt desc", Notification.class)
                .setParameter("o", operator.get()).getResultList();
            fresh.forEach(Notification::markToasted);
            return fresh.stream().map(NotificationService::toRow).toList();
        });
    }

    public void markRead(long id) {
        tx.run(session -> {
            Notification n = session.find(Notification.class, id);
            if (n != null && n.getOperator().equals(operator.get())) {
                n.markRead(clock.instant());
            }
        });
    }

    public int markAllRead() {
        return tx.write(session -> session.createMutationQuery(
                "update Notification n set n.readAt = :now where n.operator = :o and n.readAt is null")
            .setParameter("now", clock.instant()).setParameter("o", operator.get()).executeUpdate());
    }

    /** The bell badge: "" for none, the count up to 99, then "99+". */
    public static String badgeText(long unread) {
        return unread <= 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread);
    }

    /** "just now", "5 min ago", "3 h ago", "2 days ago". */
    public static String relativeTime(Instant then, Instant now) {
        long minutes = Duration.between(then, now).toMinutes();
        if (minutes < 1) {
            return Messages.get("notify.time.now");
        }
        if (minutes < 60) {
            return Messages.get("notify.time.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return Messages.get("notify.time.hours", hours);
        }
        long days = hours / 24;
        return days == 1 ? Messages.get("notify.time.day") : Messages.get("notify.time.days", days);
    }

    private static String name(License l) {
        return l.getName() == null ? l.getProduct().getName() : l.getProduct().getName() + " — " + l.getName();
    }

    private static NotificationRow toRow(Notification n) {
        return new NotificationRow(n.getId(), n.getKind(), n.getSubject(), n.getBody(), n.getRecordType(),
            n.getRecordId(), n.getCreatedAt(), n.getReadAt() != null);
    }
}
