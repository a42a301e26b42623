package dev.seatledger.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each saved filter at its boundaries, with "today" pinned to 2026-03-15. */
class SavedFilterTest {
    private TestDatabase db;
    private LicenseFixtures f;
    private LicenseQuery query;
    private LocalDate today;
    private long product;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        f = new LicenseFixtures(db.services());
        query = db.services().licenseQuery();
        today = db.clock().today();
        product = f.product("Slack", "Slack Technologies");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> ids(SavedFilter filter) {
        return query.list(LicenseListRequest.all().withSavedFilter(filter)).stream().map(LicenseRow::id).toList();
    }

    @Test
    void renewingSoonIsTodayThroughSixtyDaysOut() {
        long expiresToday = f.license(product, 10, 1, today);
        long plus60 = f.license(product, 10, 1, today.plusDays(60));
        long plus61 = f.license(product, 10, 1, today.plusDays(61));
        long yesterday = f.license(product, 10, 1, today.minusDays(1));
        long noExpiry = f.license(product, 10, 1, null);

        assertThat(ids(SavedFilter.RENEWING_SOON)).containsExactlyInAnyOrder(expiresToday, plus60)
            .doesNotContain(plus61, yesterday, noExpiry);
        assertThat(query.counts(LicenseListRequest.all()).saved(SavedFilter.RENEWING_SOON)).isEqualTo(2);
    }

    @Test
    void expiredIsBeforeTodayWhateverTheStatus() {
        long yesterday = f.license(product, 10, 1, today.minusDays(1), SeatType.USER, LicenseStatus.ACTIVE);
        long yesterdayCancelled = f.license(product, 10, 1, today.minusDays(1), SeatType.USER, LicenseStatus.CANCELLED);
        f.license(product, 10, 1, today);
        f.license(product, 10, 1, null);

        assertThat(ids(SavedFilter.EXPIRED)).containsExactlyInAnyOrder(yesterday, yesterdayCancelled);
        assertThat(query.counts(LicenseListRequest.all()).saved(SavedFilter.EXPIRED)).isEqualTo(2);
    }

    @Test
    void fullySeatedIsUsedAtOrAboveTotalAndSkipsUnlimited() {
        long full = f.license(product, 10, 10, null);
        long over = f.license(product, 10, 12, null);
        f.license(product, 10, 9, null);
        f.license(product, 0, 50, null, SeatType.UNLIMITED, LicenseStatus.ACTIVE);

        assertThat(ids(SavedFilter.FULLY_SEATED)).containsExactlyInAnyOrder(full, over);
    }

    @Test
    void underutilizedIsUnderHalfOfMoreThanOneSeatAndSkipsUnlimited() {
        f.license(product, 1, 0, null);                 // total 1: never underutilized
        long twoZero = f.license(product, 2, 0, null);  // 0 < 1
        f.license(product, 2, 1, null);                 // 1 = half: not under
        long threeOne = f.license(product, 3, 1, null); // 1 < 1.5
        f.license(product, 3, 2, null);                 // 2 > 1.5
        f.license(product, 0, 0, null, SeatType.UNLIMITED, LicenseStatus.ACTIVE);

        assertThat(ids(SavedFilter.UNDERUTILIZED)).containsExactlyInAnyOrder(twoZero, threeOne);
        assertThat(query.counts(LicenseListRequest.all()).saved(SavedFilter.UNDERUTILIZED)).isEqualTo(2);
    }

    @Test
    void archivedLicensesAreOutsideEveryFilter() {
        long l = f.license(product, 10, 10, today.minusDays(3));
        db.services().licenses().archive(l);

        LicenseCounts c = query.counts(LicenseListRequest.all());
        assertThat(c.saved(SavedFilter.FULLY_SEATED)).isZero();
        assertThat(c.saved(SavedFilter.EXPIRED)).isZero();
        assertThat(c.all()).isZero();
    }
}
