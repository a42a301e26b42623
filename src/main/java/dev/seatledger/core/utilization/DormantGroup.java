package dev.seatledger.core.utilization;

import dev.seatledger.core.usage.UsageSource;

/**
 * How many dormant seats one license has for one holder department, one signal and one source (department may be
 * null; source is null for seats judged by their holder's status).
 */
public record DormantGroup(long licenseId, long productId, String department, Signal signal, UsageSource source,
                           long seats) {
    public boolean matches(DormancyFilter f) {
        return (f.signal() == null || f.signal() == signal)
            && (f.source() == null || f.source() == source)
            && (f.productId() == null || f.productId() == productId)
            && (f.department() == null || f.department().equals(department));
    }
}
