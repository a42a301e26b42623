package dev.seatledger.core.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.AppServices;
import dev.seatledger.core.assignment.AssignmentDraft;
import dev.seatledger.core.catalog.ProductDraft;
import dev.seatledger.core.license.BillingCycle;
import dev.seatledger.core.license.LicenseDraft;
import dev.seatledger.core.license.SeatType;
import dev.seatledger.core.people.PersonDraft;
import dev.seatledger.core.people.PersonStatus;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dormant seats filtered, sorted and paged in SQL are exactly the rows of the unpaged list filtered
 * and sorted in memory, whatever the page size; counts and totals from grouped SQL match the rows.
 */
@dev.seatledger.testing.H2Only
class DormantPagingTest {
    private static final String[] DEPARTMENTS = {"Sales", "Engineering", null, "Finance"};

    private TestDatabase db;
    private AppServices s;
    private long slack;
    private long figma;

    @BeforeEach
    void open() {
        db = TestDatabase.create();
        s = db.services();
        LocalDate today = db.clock().today();
        slack = s.products().create(ProductDraft.of("Slack", "Slack Technologies", null));
        figma = s.products().create(ProductDraft.of("Figma", "Figma Inc.", null));
        long[] licenses = {
            s.licenses().create(LicenseDraft.defaults(slack).withSeats(100, SeatType.USER)
                .withCost(new BigDecimal("10"), null).withCycle(BillingCycle.MONTHLY)).id(),
            s.licenses().create(LicenseDraft.defaults(figma).withSeats(100, SeatType.USER)
                .withCost(new BigDecimal("300"), null).withCycle(BillingCycle.ANNUAL)).id(),
            s.licenses().create(LicenseDraft.defaults(slack).withSeats(null, SeatType.UNLIMITED)
                .withCost(null, new BigDecimal("9000"))).id()};
        for (int i = 0; i < 45; i++) {
            // sign-ins: recent (not dormant by proxy), old, or never; some holders inactive
            LocalDate signIn = i % 5 == 0 ? today.minusDays(3) : i % 5 == 1 ? null : today.minusDays(100 + i);
            long p = s.people().create(PersonDraft.of(String.format(Locale.ROOT, "Holder %02d", (i * 17) % 45),
                "h" + i + "@example.com", DEPARTMENTS[i % DEPARTMENTS.length]).withLastSignIn(signIn));
            s.assignments().assign(licenses[i % licenses.length], p, AssignmentDraft.EMPTY);
            s.assignments().assign(licenses[(i + 1) % licenses.length], p, AssignmentDraft.EMPTY);
            if (i % 7 == 3) {
                s.people().update(p, s.people().draftOf(p).withStatus(PersonStatus.INACTIVE));
            }
        }
        s.tx().run(session -> {
            session.createNativeMutationQuery("update assignment set assigned_at = :at")
                .setParameter("at", java.sql.Timestamp.from(db.clock().instant().minus(Duration.ofDays(200))))
                .executeUpdate();
            // a third of the seats have telemetry: used recently, long ago, or never
            session.createNativeMutationQuery("update assignment set has_telemetry = true,"
                + " last_used_at = case when mod(id, 2) = 0 then null else :old end where mod(id, 3) = 0")
                .setParameter("old", java.sql.Date.valueOf(today.minusDays(150))).executeUpdate();
            session.createNativeMutationQuery("update assignment set has_telemetry = true, last_used_at = :recent"
                + " where mod(id, 9) = 1").setParameter("recent", java.sql.Date.valueOf(today.minusDays(5))).executeUpdate();
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Comparator<DormantSeat> order(DormantSort sort, boolean asc) {
        Comparator<DormantSeat> key = switch (sort) {
            case LICENSE -> keyed(d -> d.productName().toLowerCase(Locale.ROOT), asc)
                .thenComparing(keyed(DormantSeat::licenseId, asc))
                .thenComparing(keyed(d -> d.holder().toLowerCase(Locale.ROOT), asc));
            case HOLDER -> keyed(d -> d.holder().toLowerCase(Locale.ROOT), asc);
            case DEPARTMENT -> keyed(d -> d.department() == null ? null : d.department().toLowerCase(Locale.ROOT), asc);
            case SIGNAL -> keyed(d -> d.signal().name(), asc);
            case LAST_ACTIVITY -> keyed(DormantSeat::lastActivity, asc);
        };
        return key.thenComparing(DormantSeat::assignmentId);
    }

    /** SQL's "asc/desc nulls last" on one key. */
    private static <K extends Comparable<K>> Comparator<DormantSeat> keyed(Function<DormantSeat, K> f, boolean asc) {
        Comparator<K> natural = asc ? Comparator.<K>naturalOrder() : Comparator.<K>reverseOrder();
        return Comparator.comparing(f, Comparator.nullsLast(natural));
    }

    private static Predicate<DormantSeat> matches(DormancyFilter f, java.util.Map<Long, Long> productOf) {
        return d -> (f.signal() == null || d.signal() == f.signal())
            && (f.productId() == null || productOf.get(d.licenseId()).equals(f.productId()))
            && (f.department() == null || f.department().equals(d.department()));
    }

    @Test
    void everyFilterSortAndPageSizeGivesTheRowsOfTheUnpagedList() {
        List<DormantSeat> all = s.utilization().report(DormancyFilter.all()).dormant();
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(all).extracting(DormantSeat::signal).contains(Signal.values());
        java.util.Map<Long, Long> productOf = new java.util.HashMap<>();
        s.tx().read(session -> session.createNativeQuery("select id, product_id from license", Object[].class)
            .getResultList()).forEach(r -> productOf.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        UtilizationSummary summary = s.utilization().summary();
        List<DormancyFilter> filters = List.of(DormancyFilter.all(), new DormancyFilter(Signal.USER_STATUS, null, null),
            new DormancyFilter(Signal.REAL_USAGE, null, null), new DormancyFilter(Signal.LOGIN_PROXY, figma, null),
            new DormancyFilter(null, slack, "Sales"), new DormancyFilter(null, null, "Engineering"),
            new DormancyFilter(null, null, "Nobody"));
        for (DormancyFilter f : filters) {
            List<DormantSeat> filtered = all.stream().filter(matches(f, productOf)).toList();
            assertThat(s.utilization().countDormant(f)).as("count %s", f).isEqualTo(filtered.size());
            assertThat(summary.count(f)).as("grouped count %s", f).isEqualTo(filtered.size());
            for (DormantSort sort : DormantSort.values()) {
                for (boolean asc : new boolean[] {true, false}) {
                    List<DormantSeat> expected = filtered.stream().sorted(order(sort, asc)).toList();
                    for (int pageSize : new int[] {1, 7, 200}) {
                        List<DormantSeat> paged = new ArrayList<>();
                        for (int offset = 0; offset < expected.size() + pageSize; offset += pageSize) {
                            List<DormantSeat> page = s.utilization().dormantPage(f, sort, asc, offset, pageSize);
                            assertThat(page.size()).isLessThanOrEqualTo(pageSize);
                            paged.addAll(page);
                        }
                        assertThat(paged).as("%s %s %s by %d", f, sort, asc ? "asc" : "desc", pageSize)
                            .containsExactlyElementsOf(expected);
                        List<DormantSeat> walked = new ArrayList<>();
                        for (int offset = 0; offset < expected.size() + pageSize; offset += pageSize) {
                            walked.addAll(s.utilization().dormantPage(f, sort, asc, offset, pageSize, summary));
                        }
                        assertThat(walked).as("with the summary: %s %s %s by %d", f, sort, asc ? "asc" : "desc",
                            pageSize).containsExactlyElementsOf(expected);
                        DormantListing listing = new DormantListing(s.utilization(), f, sort, asc, null, 7);
                        List<DormantSeat> listed = new ArrayList<>();
                        for (int offset = 0; offset < expected.size() + pageSize; offset += pageSize) {
                            listed.addAll(listing.page(offset, pageSize));
                        }
                        assertThat(listed).as("listing: %s %s %s by %d", f, sort, asc ? "asc" : "desc", pageSize)
                            .containsExactlyElementsOf(expected);
                    }
                }
            }
        }
    }

    @Test
    void pagesFurtherDownAreCutFromOneReadOfTheListingsOrder() {
        int[] orderReads = {0};
        UtilizationQuery counting = new UtilizationQuery(s.tx(), db.clock(), () -> 90,
            dev.seatledger.core.common.CurrencyConverter.baseOnly(() -> "EUR")) {
            @Override
            public long[] dormantOrder(DormancyFilter filter, DormantSort sort, boolean ascending) {
                orderReads[0]++;
                return super.dormantOrder(filter, sort, ascending);
            }
        };
        List<DormantSeat> expected = counting.dormantPage(DormancyFilter.all(), DormantSort.HOLDER, false, 0, 1000);
        DormantListing listing = new DormantListing(counting, DormancyFilter.all(), DormantSort.HOLDER, false, null, 10);

        assertThat(listing.page(0, 5)).containsExactlyElementsOf(expected.subList(0, 5));
        assertThat(orderReads[0]).isZero();
        assertThat(listing.page(30, 5)).containsExactlyElementsOf(expected.subList(30, 35));
        assertThat(listing.page(10, 5)).containsExactlyElementsOf(expected.subList(10, 15));
        assertThat(listing.page(expected.size() - 2, 5)).containsExactlyElementsOf(
            expected.subList(expected.size() - 2, expected.size()));
        assertThat(listing.page(expected.size() + 3, 5)).isEmpty();
        assertThat(orderReads[0]).isEqualTo(1);
    }

    @Test
    void groupedTotalsMatchTheDormantRows() {
        UtilizationReport r = s.utilization().report(DormancyFilter.all());
        UtilizationSummary summary = s.utilization().summary();

        assertThat(summary.dormantSeats()).isEqualTo(r.dormant().size());
        BigDecimal rowTotal = r.dormant().stream().map(DormantSeat::annualCostBase).filter(x -> x != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(summary.totalSavingsBase()).isEqualByComparingTo(rowTotal);
        var byLicense = s.utilization().dormantCountsByLicense();
        assertThat(byLicense.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(summary.dormantSeats());
        for (LicenseUtilization u : summary.ranking()) {
            List<DormantSeat> seats = r.dormant().stream().filter(d -> d.licenseId() == u.licenseId()).toList();
            assertThat(u.dormant()).isEqualTo(seats.size());
            assertThat(byLicense.getOrDefault(u.licenseId(), 0)).isEqualTo(seats.size());
            assertThat(u.savings()).isEqualByComparingTo(seats.stream().map(DormantSeat::annualCost)
                .filter(x -> x != null).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        assertThat(s.utilization().savingsByCurrency()).containsOnlyKeys("EUR");
        assertThat(s.utilization().savingsByCurrency().get("EUR")).isEqualByComparingTo(rowTotal);
        assertThat(s.utilization().dormantDepartments()).containsExactly("Engineering", "Finance", "Sales");
        assertThat(summary.departments()).containsExactly("Engineering", "Finance", "Sales");
    }
}
