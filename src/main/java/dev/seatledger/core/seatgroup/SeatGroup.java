package dev.seatledger.core.seatgroup;

import java.util.Comparator;

/** The seats of one license held by one holder group: a department and a cost centre, either possibly missing. */
public record SeatGroup(long licenseId, String department, String costCentre) implements Comparable<SeatGroup> {
    private static final Comparator<String> NAMES = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<SeatGroup> ORDER = Comparator.comparingLong(SeatGroup::licenseId)
        .thenComparing(SeatGroup::department, NAMES).thenComparing(SeatGroup::costCentre, NAMES);

    @Override
    public int compareTo(SeatGroup other) {
        return ORDER.compare(this, other);
    }
}
