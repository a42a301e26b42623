package dev.seatledger.core.utilization;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Utilization view's totals: the fill ranking with dormant counts and savings per license, the number
 * of dormant seats, total savings in the base currency, the currencies left out for want of a rate, and
 * the dormant seats counted by license, department and signal (so any filter's count needs no query).
 */
public record UtilizationSummary(List<LicenseUtilization> ranking, long dormantSeats, String baseCurrency,
                                 BigDecimal totalSavingsBase, Set<String> missingRates, List<DormantGroup> groups) {

    /** Dormant seats that pass the filter. */
    public long count(DormancyFilter filter) {
        return groups.stream().filter(g -> g.matches(filter)).mapToLong(DormantGroup::seats).sum();
    }

    /** Dormant seats that pass the filter, per license. */
    public Map<Long, Long> countByLicense(DormancyFilter filter) {
        Map<Long, Long> counts = new HashMap<>();
        for (DormantGroup g : groups) {
            if (g.matches(filter)) {
                counts.merge(g.licenseId(), g.seats(), Long::sum);
            }
        }
        return counts;
    }

    /** Departments of the holders of dormant seats, sorted. */
    public List<String> departments() {
        return groups.stream().map(DormantGroup::department).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
