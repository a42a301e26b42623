package dev.seatledger.core.finance;

import java.util.Map;

/**
 * How many of each license's used seats are dormant (held but not used lately). Utilization tracking supplies
 * them, every license at once: the agenda suggests a renewal target for thousands of licenses, and asking
 * license by license took a query each (50 s for 2,500 agenda rows on the large dataset). {@link #NONE} counts
 * none, so the suggested renewal target is the used seats.
 */
@FunctionalInterface
public interface DormantSeatSource {
    DormantSeatSource NONE = Map::of;

    /** The dormant seats of every license that has any; a license absent from the map has none. */
    Map<Long, Integer> dormantSeatsByLicense();
}
