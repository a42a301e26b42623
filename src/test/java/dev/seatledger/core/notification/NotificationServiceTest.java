package dev.seatledger.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {
    private TestDatabase db;
    private AppServices s;
    private NotificationService dana;
    private long license;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        long product = s.products().create(ProductDraft.of("Zoom", "Zoom Video Communications", null));
        license = s.licenses().create(LicenseDraft.defaults(product).withSeats(60, SeatType.USER)).id();
        s.notifications().registerOperator();
        dana = new NotificationService(s.tx(), db.fixedClock(), Operator.fixed("dana"));
        dana.registerOperator();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void auditDueNotifiesEachOperatorOnTheDayAndNeverTwice() {
        s.audits().start(license);
        s.audits().complete(license, 10, null, 1);
        LocalDate due = db.clock().today().plusMonths(1);

        db.clock().set(due.minusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(3600));
        assertThat(s.notifications().scan()).isZero();
        assertThat(s.notifications().unreadCount()).isZero();

        db.clock().set(due.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(3600));
        assertThat(s.notifications().scan()).isEqualTo(2);
        assertThat(s.notifications().scan()).isZero();

        assertThat(s.notifications().unreadCount()).isEqualTo(1);
        assertThat(dana.unreadCount()).isEqualTo(1);
        assertThat(s.notifications().latestUnread(10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.AUDIT_DUE);
            assertThat(n.subject()).isEqualTo("Users audit due: Zoom");
            assertThat(n.recordId()).isEqualTo(license);
        });
    }

    @Test
    void renewalWindowAndLeavingPeopleAreSources() {
        LocalDate today = db.clock().today();
        long product = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        s.licenses().create(LicenseDraft.defaults(product).withDates(null, null, today.plusDays(12), null).withNoticeDays(30));
        s.licenses().create(LicenseDraft.defaults(product).withDates(null, null, today.plusDays(40), null).withNoticeDays(30));
        s.people().create(PersonDraft.of("Ana Lima", "ana@example.com", null).withEndDate(today.plusDays(10)));

        s.notifications().scan();

        assertThat(s.notifications().latestUnread(10)).extracting(NotificationRow::subject)
            .containsExactlyInAnyOrder("Slack expires in 12 days", "Ana Lima leaves on " + dev.seatledger.core.common.Messages.date(today.plusDays(10)));
    }

    @Test
    void markReadMarkAllReadAndTheBadge() {
        LocalDate today = db.clock().today();
        for (int i = 0; i < 3; i++) {
            s.people().create(PersonDraft.of("P" + i, "p" + i + "@example.com", null).withEndDate(today.plusDays(i)));
        }
        s.notifications().scan();
        assertThat(s.notifications().unreadCount()).isEqualTo(3);

        s.notifications().markRead(s.notifications().latestUnread(1).get(0).id());
        assertThat(s.notifications().unreadCount()).isEqualTo(2);
        assertThat(dana.unreadCount()).isEqualTo(3);

        assertThat(s.notifications().markAllRead()).isEqualTo(2);
        assertThat(s.notifications().unreadCount()).isZero();
        assertThat(s.notifications().list(false, 10)).hasSize(3).allMatch(NotificationRow::read);
        assertThat(dana.unreadCount()).isEqualTo(3);

        assertThat(NotificationService.badgeText(0)).isEmpty();
        assertThat(NotificationService.badgeText(7)).isEqualTo("7");
        assertThat(NotificationService.badgeText(99)).isEqualTo("99");
        assertThat(NotificationService.badgeText(100)).isEqualTo("99+");
    }

    @Test
    void toastsAreTakenOnceAndRelativeTimeReads() {
        s.people().create(PersonDraft.of("Ana", "ana@example.com", null).withEndDate(db.clock().today()));
        s.notifications().scan();
        assertThat(s.notifications().takeToasts()).hasSize(1);
        assertThat(s.notifications().takeToasts()).isEmpty();

        Instant now = Instant.parse("2026-03-15T10:00:00Z");
        assertThat(NotificationService.relativeTime(now.minusSeconds(20), now)).isEqualTo("just now");
        assertThat(NotificationService.relativeTime(now.minus(Duration.ofMinutes(5)), now)).isEqualTo("5 min ago");
        assertThat(NotificationService.relativeTime(now.minus(Duration.ofHours(3)), now)).isEqualTo("3 h ago");
        assertThat(NotificationService.relativeTime(now.minus(Duration.ofDays(2)), now)).isEqualTo("2 days ago");
    }
}
