package dev.seatledger.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatledger.services.AppServices;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.common.BusinessRuleException;
import dev.seatledger.core.common.ValidationException;
import dev.seatledger.core.license.License;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.LicenseListRequest;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditServiceTest {
    private TestDatabase db;
    private AppServices s;
    private long license;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        long product = s.products().create(ProductDraft.of("Zoom", "Zoom Video Communications", null));
        license = s.licenses().create(LicenseDraft.defaults(product).withSeats(60, SeatType.USER)).id();
        s.tx().run(session -> session.find(License.class, license).setSeatsUsed(48));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void startSnapshotsTheBeforeFigureAndASecondStartIsRefused() {
        s.audits().start(license);

        AuditState state = s.audits().state(license);
        assertThat(state.inProgress()).isTrue();
        assertThat(state.open().before()).isEqualTo(48);
        assertThat(state.open().startedBy()).isEqualTo("tester");
        assertThatThrownBy(() -> s.audits().start(license))
            .isInstanceOf(BusinessRuleException.class)
            .hasMessage("An audit is already in progress for this license");
        assertThat(s.licenseQuery().list(LicenseListRequest.all()).get(0).auditInProgress()).isTrue();
    }

    @Test
    void completeOverwritesTheCounterStoresTheDeltaAndSchedulesTheNext() {
        s.audits().start(license);

        AuditRow done = s.audits().complete(license, 41, "Removed 7 leavers in the Zoom console", 3);

        assertThat(done.status()).isEqualTo(AuditStatus.COMPLETED);
        assertThat(done.before()).isEqualTo(48);
        assertThat(done.after()).isEqualTo(41);
        assertThat(done.delta()).isEqualTo(-7);
        assertThat(done.nextAuditDate()).isEqualTo(db.clock().today().plusMonths(3));
        assertThat(s.seats().summary(license).recordedUsed()).isEqualTo(41);
        AuditState state = s.audits().state(license);
        assertThat(state.inProgress()).isFalse();
        assertThat(state.nextAuditDate()).isEqualTo(db.clock().today().plusMonths(3));
        assertThat(s.audits().history(license)).singleElement()
            .satisfies(h -> assertThat(h.notes()).isEqualTo("Removed 7 leavers in the Zoom console"));
        assertThat(s.licenseQuery().list(LicenseListRequest.all()).get(0).auditInProgress()).isFalse();

        s.audits().start(license);
        assertThat(s.audits().state(license).open().before()).isEqualTo(41);
    }

    @Test
    void completeValidatesCountAndSchedule() {
        s.audits().start(license);
        assertThatThrownBy(() -> s.audits().complete(license, -1, null, null)).isInstanceOf(ValidationException.class)
            .hasMessage("Enter the real number of seats in use (0 or more)");
        assertThatThrownBy(() -> s.audits().complete(license, 3, null, 5)).isInstanceOf(ValidationException.class)
            .hasMessage("Choose 1, 2, 3, 4, 6, 9 or 12 months");
        for (int months : new int[] {1, 2, 4, 6, 9, 12}) {
            assertThat(AuditService.SCHEDULE_MONTHS).contains(months);
        }
        s.audits().complete(license, 0, null, null);
        assertThat(s.seats().summary(license).recordedUsed()).isZero();
        assertThat(s.audits().state(license).nextAuditDate()).isNull();
    }

    @Test
    void cancelIsRecordedAndLeavesTheCounter() {
        s.audits().start(license);
        s.audits().cancel(license, "Vendor console unavailable");

        assertThat(s.seats().summary(license).recordedUsed()).isEqualTo(48);
        assertThat(s.audits().history(license)).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(AuditStatus.CANCELLED);
            assertThat(h.notes()).isEqualTo("Vendor console unavailable");
        });
        assertThatThrownBy(() -> s.audits().complete(license, 1, null, null))
            .hasMessage("No audit is in progress for this license");
        s.audits().start(license);
    }
}
