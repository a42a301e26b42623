package dev.seatledger.core.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.license.LicenseStatus;
import dev.seatledger.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgendaTest {
    private TestDatabase db;
    private AppServices s;
    private FinanceFixtures f;
    private long product;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        s = db.services();
        f = new FinanceFixtures(s);
        product = f.product("Miro", "Miro", "Collaboration");
        today = db.clock().today();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<AgendaRow> rows() {
        return s.finance().agenda("EUR", null).rows();
    }

    @ParameterizedTest
    @EnumSource(LicenseStatus.class)
    void expiryRowsForActiveTrialAndPendingRenewalOnly(LicenseStatus status) {
        long id = f.dated(product, status, today.plusDays(10), null);
        boolean listed = FinanceQuery.EXPIRY_STATUSES.contains(status);
        assertThat(rows()).extracting(AgendaRow::licenseId, AgendaRow::kind)
            .isEqualTo(listed ? List.of(tuple(id, AgendaKind.EXPIRY)) : List.of());
        assertThat(listed).isEqualTo(status == LicenseStatus.ACTIVE || status == LicenseStatus.TRIAL
            || status == LicenseStatus.PENDING_RENEWAL);
    }

    @ParameterizedTest
    @EnumSource(LicenseStatus.class)
    void renewalRowsForActiveAndPendingRenewalOnly(LicenseStatus status) {
        long id = f.dated(product, status, null, today.plusDays(20));
        boolean listed = status == LicenseStatus.ACTIVE || status == LicenseStatus.PENDING_RENEWAL;
        assertThat(rows()).extracting(AgendaRow::licenseId, AgendaRow::kind)
            .isEqualTo(listed ? List.of(tuple(id, AgendaKind.RENEWAL)) : List.of());
    }

    @Test
    void windowIsNinetyDaysAheadPlusEverythingOverdue() {
        long overdue = f.dated(product, LicenseStatus.ACTIVE, today.minusDays(400), null);
        long todayId = f.dated(product, LicenseStatus.ACTIVE, today, null);
        long edge = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(90), null);
        f.dated(product, LicenseStatus.ACTIVE, today.plusDays(91), null);
        f.dated(product, LicenseStatus.ACTIVE, null, null);

        List<AgendaRow> rows = rows();

        assertThat(rows).extracting(AgendaRow::licenseId).containsExactly(overdue, todayId, edge);
        assertThat(rows.get(0).overdue(today)).isTrue();
        assertThat(rows.get(1).overdue(today)).isFalse();
    }

    @Test
    void aLicenseAppearsOnceForItsExpiryAndOnceForItsRenewalButCountsOnceInTheTotal() {
        long id = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(5), today.plusDays(6));
        Agenda agenda = s.finance().agenda("EUR", null);
        assertThat(agenda.rows()).extracting(AgendaRow::licenseId, AgendaRow::kind)
            .containsExactly(tuple(id, AgendaKind.EXPIRY), tuple(id, AgendaKind.RENEWAL));
        assertThat(agenda.totalBase()).isEqualByComparingTo(agenda.rows().get(0).costBase());
    }

    @Test
    void rowsAreGroupedByIsoWeek() {
        f.dated(product, LicenseStatus.ACTIVE, LocalDate.of(2026, 3, 22), null);
        AgendaRow sunday = rows().get(0);
        assertThat(sunday.weekStart()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(sunday.weekStart().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void movingTheClockMovesTheWindow() {
        long id = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(120), null);
        assertThat(rows()).isEmpty();
        db.clock().advance(java.time.Duration.ofDays(40));
        assertThat(rows()).extracting(AgendaRow::licenseId).containsExactly(id);
    }

    @Test
    void decisionsFilterTheAgendaAndUndecidedIncludesLicensesWithoutOne() {
        long renew = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(10), null);
        long cancel = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(11), null);
        long open = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(12), null);
        s.renewalReviews().save(renew, Decision.RENEW, 8, "Keep");
        s.renewalReviews().save(cancel, Decision.CANCEL, 0, null);

        assertThat(s.finance().agenda("EUR", Decision.RENEW).rows()).extracting(AgendaRow::licenseId).containsExactly(renew);
        assertThat(s.finance().agenda("EUR", Decision.CANCEL).rows()).extracting(AgendaRow::licenseId).containsExactly(cancel);
        assertThat(s.finance().agenda("EUR", Decision.UNDECIDED).rows()).extracting(AgendaRow::licenseId).containsExactly(open);
        assertThat(s.finance().agenda("EUR", null).rows()).hasSize(3);

        AgendaRow row = s.finance().agenda("EUR", Decision.RENEW).rows().get(0);
        assertThat(row.targetSeats()).isEqualTo(8);
        assertThat(row.notes()).isEqualTo("Keep");

        s.renewalReviews().save(renew, Decision.RENEGOTIATE, 6, " ");
        assertThat(s.finance().agenda("EUR", Decision.RENEW).rows()).isEmpty();
        assertThat(s.finance().agenda("EUR", Decision.RENEGOTIATE).rows().get(0).notes()).isNull();
    }

    @Test
    void suggestedSeatsAreUsedSeatsMinusDormantOnes() {
        long id = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(10), null);
        s.tx().run(session -> session.find(dev.seatledger.core.license.License.class, id).setSeatsUsed(7));
        assertThat(rows().get(0).suggestedSeats()).isEqualTo(7);
        FinanceQuery withDormant = new FinanceQuery(s.tx(), db.fixedClock(), SavingsSource.NONE, () -> Map.of(id, 3));
        assertThat(withDormant.agenda("EUR", null).rows().get(0).suggestedSeats()).isEqualTo(4);
    }

    @Test
    void theWholeAgendaReadsTheDormantCountsOnce() {
        long a = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(10), null);
        long b = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(20), null);
        long c = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(30), null);
        s.tx().run(session -> {
            session.find(dev.seatledger.core.license.License.class, a).setSeatsUsed(7);
            session.find(dev.seatledger.core.license.License.class, b).setSeatsUsed(5);
            session.find(dev.seatledger.core.license.License.class, c).setSeatsUsed(2);
        });
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        FinanceQuery withDormant = new FinanceQuery(s.tx(), db.fixedClock(), SavingsSource.NONE, () -> {
            reads.incrementAndGet();
            return Map.of(a, 3, b, 5);
        });

        List<AgendaRow> agenda = withDormant.agenda("EUR", null).rows();

        assertThat(agenda).extracting(AgendaRow::licenseId, AgendaRow::suggestedSeats)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 4), org.assertj.core.groups.Tuple.tuple(b, 0),
                org.assertj.core.groups.Tuple.tuple(c, 2));
        assertThat(reads).hasValue(1);
    }

    @Test
    void archivedLicensesAreNeverOnTheAgenda() {
        long id = f.dated(product, LicenseStatus.ACTIVE, today.plusDays(10), null);
        s.licenses().archive(id);
        assertThat(rows()).isEmpty();
    }
}
