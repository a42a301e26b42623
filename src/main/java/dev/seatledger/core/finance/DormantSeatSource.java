package dev.seatledger.core.finance;

/**
 * How many of a license's used seats are dormant (held but not used lately). Utilization tracking
 * supplies it; {@link #NONE} counts none, so the suggested renewal target is the used seats.
 */
@FunctionalInterface
public interface DormantSeatSource {
    DormantSeatSource NONE = licenseId -> 0;

    int dormantSeats(long licenseId);
}
