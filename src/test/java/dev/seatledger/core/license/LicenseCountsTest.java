package dev.seatledger.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.TestDatabase;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LicenseCountsTest {
    private TestDatabase db;
    private LicenseFixtures f;
    private LicenseQuery query;
    private LocalDate today;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        f = new LicenseFixtures(db.services());
        query = db.services().licenseQuery();
        today = db.clock().today();
        long slack = f.product("Slack", "Slack Technologies");
        long zoom = f.product("Zoom Workplace", "Zoom Video Communications");
        f.license(slack, 10, 10, today.plusDays(10), SeatType.USER, LicenseStatus.ACTIVE);
        f.license(slack, 10, 2, today.plusDays(100), SeatType.USER, LicenseStatus.TRIAL);
        f.license(slack, 10, 2, today.minusDays(5), SeatType.USER, LicenseStatus.ACTIVE);
        f.license(zoom, 10, 10, today.plusDays(20), SeatType.USER, LicenseStatus.PENDING_RENEWAL);
        f.license(zoom, 10, 5, null, SeatType.USER, LicenseStatus.CANCELLED);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void chipCountsWithoutFilters() {
        LicenseCounts c = query.counts(LicenseListRequest.all());
        assertThat(c.all()).isEqualTo(5);
        assertThat(c.status(LicenseStatus.ACTIVE)).isEqualTo(2);
        assertThat(c.status(LicenseStatus.TRIAL)).isEqualTo(1);
        assertThat(c.status(LicenseStatus.PENDING_RENEWAL)).isEqualTo(1);
        assertThat(c.status(LicenseStatus.CANCELLED)).isEqualTo(1);
        assertThat(c.status(LicenseStatus.EXPIRED)).isZero();
    }

    @Test
    void chipCountsFollowTheSearchText() {
        LicenseCounts c = query.counts(LicenseListRequest.all().withSearch("ZOOM"));
        assertThat(c.all()).isEqualTo(2);
        assertThat(c.status(LicenseStatus.PENDING_RENEWAL)).isEqualTo(1);
        assertThat(c.status(LicenseStatus.CANCELLED)).isEqualTo(1);
        assertThat(c.status(LicenseStatus.ACTIVE)).isZero();
    }

    @Test
    void chipCountsFollowSearchAndSavedFilterTogether() {
        LicenseListRequest r = LicenseListRequest.all().withSearch("slack").withSavedFilter(SavedFilter.RENEWING_SOON);
        LicenseCounts c = query.counts(r);
        assertThat(c.all()).isEqualTo(1);
        assertThat(c.status(LicenseStatus.ACTIVE)).isEqualTo(1);
        assertThat(c.status(LicenseStatus.TRIAL)).isZero();
        assertThat(query.list(r)).hasSize(1);
    }

    @Test
    void savedFilterCountsFollowSearchAndTheSelectedChip() {
        LicenseCounts c = query.counts(LicenseListRequest.all().withStatus(LicenseStatus.ACTIVE));
        assertThat(c.saved(SavedFilter.RENEWING_SOON)).isEqualTo(1);
        assertThat(c.saved(SavedFilter.EXPIRED)).isEqualTo(1);
        assertThat(c.saved(SavedFilter.FULLY_SEATED)).isEqualTo(1);
        assertThat(c.saved(SavedFilter.UNDERUTILIZED)).isEqualTo(1);
        LicenseCounts zoom = query.counts(LicenseListRequest.all().withSearch("zoom"));
        assertThat(zoom.saved(SavedFilter.FULLY_SEATED)).isEqualTo(1);
        assertThat(zoom.saved(SavedFilter.UNDERUTILIZED)).isZero();
    }

    @Test
    void searchCoversOwnerPoAndInvoice() {
        long id = query.list(LicenseListRequest.all()).get(0).id();
        LicenseDraft d = db.services().licenses().draftOf(id).withOwner("Priya Natarajan")
            .withReferences("PO-7781", "INV-2026-55");
        db.services().licenses().update(id, d);

        for (String q : new String[] {"natarajan", "po-7781", "inv-2026"}) {
            assertThat(query.list(LicenseListRequest.all().withSearch(q))).extracting(LicenseRow::id).containsExactly(id);
        }
        assertThat(query.list(LicenseListRequest.all().withSearch("50%"))).isEmpty();
    }

    @Test
    void everyColumnSortsInSql() {
        for (LicenseSort sort : LicenseSort.values()) {
            assertThat(query.list(LicenseListRequest.all().sortedBy(sort, false))).hasSize(5);
        }
        assertThat(query.list(LicenseListRequest.all().sortedBy(LicenseSort.EXPIRY, true)))
            .extracting(LicenseRow::expiryDate)
            .containsExactly(today.minusDays(5), today.plusDays(10), today.plusDays(20), today.plusDays(100), null);
        assertThat(query.list(LicenseListRequest.all().sortedBy(LicenseSort.SEATS, false)).get(0).fill()).isEqualTo(1.0);
    }

    @Test
    void aLimitedListShowsTheFirstRowsOfTheSortAndCountsEveryMatch() {
        LicenseListRequest byExpiry = LicenseListRequest.all().sortedBy(LicenseSort.EXPIRY, true);
        LicenseListRequest firstTwo = new LicenseListRequest(null, null, null, false, LicenseSort.EXPIRY, true, 2);

        LicenseListing listing = query.listing(firstTwo);

        assertThat(listing.rows()).extracting(LicenseRow::expiryDate)
            .containsExactly(today.minusDays(5), today.plusDays(10));
        assertThat(listing.matching()).isEqualTo(5);
        assertThat(query.listing(byExpiry).rows()).extracting(LicenseRow::expiryDate)
            .containsExactly(today.minusDays(5), today.plusDays(10), today.plusDays(20), today.plusDays(100), null);
        assertThat(query.listing(LicenseListRequest.all().withSearch("zoom").withSavedFilter(SavedFilter.RENEWING_SOON))
            .rows()).extracting(LicenseRow::productName, LicenseRow::status)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Zoom Workplace", LicenseStatus.PENDING_RENEWAL));
        assertThat(query.listing(LicenseListRequest.all().withSearch("100%")).rows()).isEmpty();
    }
}
