package dev.seatledger.core.utilization;

import dev.seatledger.core.usage.UsageSource;

/** Filters of the dormant-seats table; null means any. A source keeps the seats of active holders judged by it. */
public record DormancyFilter(Signal signal, Long productId, String department, UsageSource source) {
    public DormancyFilter(Signal signal, Long productId, String department) {
        this(signal, productId, department, null);
    }

    public static DormancyFilter all() {
        return new DormancyFilter(null, null, null, null);
    }
}
