package dev.seatledger.core.utilization;

/** Filters of the dormant-seats table; null means any. */
public record DormancyFilter(Signal signal, Long productId, String department) {
    public static DormancyFilter all() {
        return new DormancyFilter(null, null, null);
    }
}
