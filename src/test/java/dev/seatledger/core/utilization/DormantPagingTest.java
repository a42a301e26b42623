package dev.seatledger.core.utilization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.services.AppServices;
import dev.seatledger.testing.TestDatabase;
import java.math.BigDecimal;
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
@dev.seatledger.testing.AboutH2
class DormantPagingTest {
    private TestDatabase db;
    private AppServices s;
    private long slack;
    private long figma;

    @BeforeEach
    void open() {
        db = TestDatabase.h2();
        s = db.services();
        DormantSeatsFixture.Products p = DormantSeatsFixture.fill(db);
        slack = p.slack();
        figma = p.figma();
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
